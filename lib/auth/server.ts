import 'server-only';
// better-auth on Parley's own tables (db/schema.ts, plural names), with the gaps its defaults
// leave closed: a stronger scrypt with a bound on how many run at once, rate-limit counters in
// the database, sign-in limits per address and per account and address, no public sign-up
// (accounts come from `npm run user:create` or an admin). Only the endpoints in ./endpoints are
// served over HTTP; the admin operations run in-process behind Parley's own validated forms.
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { admin } from 'better-auth/plugins';
import { createAccessControl } from 'better-auth/plugins/access';
import { adminAc, defaultStatements } from 'better-auth/plugins/admin/access';
import { getDb } from '@/db/client';
import { resolveDatabasePath } from '@/db/connection';
import { consumeRateLimit } from '@/db/queries/rate-limits';
import * as schema from '@/db/schema';
import { TooManyRequests } from '@/lib/errors';
import { clientAddress, limitSignIn } from './limits';
import { siteOrigin } from './origin';
import { hashPassword, verifyPassword } from './password';
import { scryptGate } from './scrypt-gate';
import { authSecret } from './secret';

// Analysts hold no account-management permissions; admins hold better-auth's full admin set.
const access = createAccessControl(defaultStatements);
const roles = { analyst: access.newRole({ user: [], session: [] }), admin: adminAc };

// Two cores: two runs at once use both; a few more may wait about a second for their turn. One
// gate per process: a build holds several copies of this module (routes, Server Actions).
const globalForGate = globalThis as typeof globalThis & { __parleyScryptGate?: ReturnType<typeof scryptGate> };
const gated = (globalForGate.__parleyScryptGate ??= scryptGate({ running: 2, waiting: 6, retryAfter: 2 }));

/** A refusal better-auth answers as it is: 429 with `Retry-After`. */
async function asAuthError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof TooManyRequests)
      throw new APIError(
        'TOO_MANY_REQUESTS',
        { message: error.message, code: error.code },
        { 'Retry-After': String(error.retryAfter) },
      );
    throw error;
  }
}

function createAuth() {
  const db = getDb();
  return betterAuth({
    appName: 'Parley',
    secret: authSecret(resolveDatabasePath()),
    baseURL: process.env.BETTER_AUTH_URL,
    // Without a configured URL, the site's own origin is the host the request was sent to; a form
    // posted from any other origin is still refused.
    trustedOrigins: (request) => {
      const origin = request ? siteOrigin(request.headers) : null;
      return origin ? [origin] : [];
    },
    database: drizzleAdapter(db, { provider: 'sqlite', usePlural: true, schema }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 256,
      password: {
        hash: (password) => asAuthError(() => gated(() => hashPassword(password))),
        verify: (input) => asAuthError(() => gated(() => verifyPassword(input))),
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 200,
      // Sign-in is limited by ./limits (per address, per account and address), for this endpoint and the form alike.
      customRules: { '/sign-in/email': false },
      customStorage: { consume: (key, rule) => consumeRateLimit({ key: `auth:${key}`, rule }) },
    },
    advanced: {
      // Secure whenever served over https; SameSite=Lax and httpOnly are better-auth's defaults.
      useSecureCookies: process.env.BETTER_AUTH_URL?.startsWith('https://') ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== '/sign-in/email' || !ctx.request) return;
        const email = typeof ctx.body?.email === 'string' ? ctx.body.email : '';
        await asAuthError(() => limitSignIn({ email, address: clientAddress(ctx.request!.headers) }));
      }),
    },
    plugins: [
      admin({
        ac: access,
        roles,
        adminRoles: ['admin'],
        defaultRole: 'analyst',
        bannedUserMessage: 'This account is disabled. Ask an administrator.',
      }),
      nextCookies(),
    ],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as typeof globalThis & { __parleyAuth?: Map<string, Auth> };

/** One instance per database file, created on first use so that DATABASE_PATH is read at run time. */
export function getAuth(): Auth {
  const file = resolveDatabasePath();
  const instances = (globalForAuth.__parleyAuth ??= new Map());
  let auth = instances.get(file);
  if (!auth) {
    auth = createAuth();
    instances.set(file, auth);
  }
  return auth;
}
