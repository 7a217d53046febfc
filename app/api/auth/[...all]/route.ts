import { getAuth } from '@/lib/auth/server';

// better-auth's own endpoints (sign-in, sign-out, session) for scripts and the API.
const handle = (request: Request) => getAuth().handler(request);
export { handle as GET, handle as POST };
