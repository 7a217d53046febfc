import { getAuth } from '@/lib/auth/server';
import { withJsonErrors } from '@/lib/http';

// better-auth's own endpoints (sign-in, sign-out, session) for scripts and the API.
const handle = async (request: Request) => withJsonErrors(await getAuth().handler(request));
export { handle as GET, handle as POST };
