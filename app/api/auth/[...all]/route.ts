import { getAuth } from '@/lib/auth/server';
import { AppError } from '@/lib/errors';
import { jsonRoute, withJsonErrors } from '@/lib/http';

// better-auth serves many more endpoints than Parley uses (impersonation, setting passwords,
// editing users, its own admin set), each with its own rules. Only sign-in, sign-out and the
// session are offered over HTTP; accounts change through Parley's own forms, which validate
// every field, and those call better-auth in-process.
const OFFERED = new Set(['POST /api/auth/sign-in/email', 'POST /api/auth/sign-out', 'GET /api/auth/get-session']);

const handle = jsonRoute(async (request: Request) => {
  const { pathname } = new URL(request.url);
  if (!OFFERED.has(`${request.method} ${pathname}`))
    throw new AppError(
      'not_found',
      `Parley does not offer ${request.method} ${pathname}; /api/auth serves POST sign-in/email, POST sign-out and GET get-session.`,
    );
  return withJsonErrors(await getAuth().handler(request));
});
export { handle as GET, handle as POST };
