import 'server-only';
// better-auth on Parley's own tables (db/schema.ts, plural names), with the gaps its defaults
// leave closed: a stronger scrypt, rate-limit counters in the database, a per-account sign-in
// limit, no public sign-up (accounts come from `npm run user:create` or an admin).
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
import { AppError } from '@/lib/errors';
import { clientAddress, limitSignIn } from './limits';
import { siteOrigin } from './origin';
import { hashPassword, verifyPassword } from './password';
import { authSecret } from './secret';

// Analysts hold no account-management permissions; admins hold better-auth's full admin set.
const access = createAccessControl(defaultStatements);
const roles = { analyst: access.newRole({ user: [], session: [] }), admin: adminAc };

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
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 200,
      customRules: { '/sign-in/email': { window: 15 * 60, max: 50 } },
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
        try {
          await limitSignIn({ email, address: clientAddress(ctx.request.headers) });
        } catch (error) {
          if (error instanceof AppError) throw new APIError('TOO_MANY_REQUESTS', { message: error.message });
          throw error;
        }
      }),
    },
    plugins: [admin({ ac: access, roles, adminRoles: ['admin'], defaultRole: 'analyst', bannedUserMessage: 'This account is disabled. Ask an administrator.' }), nextCookies()],
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
