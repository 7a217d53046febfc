// Sign-in limits shared by better-auth's HTTP endpoint and the sign-in Server Action (which
// better-auth does not rate-limit), counted in the database. Guesses are limited per address
// and per account-and-address pair: someone guessing at an account from elsewhere uses up their
// own allowance, never the owner's.
import { consumeRateLimit, type RateLimitRule } from '@/db/queries/rate-limits';
import { TooManyRequests } from '@/lib/errors';

const SIGN_IN_PER_ACCOUNT_AND_ADDRESS: RateLimitRule = { window: 15 * 60, max: 10 };
const SIGN_IN_PER_ADDRESS: RateLimitRule = { window: 15 * 60, max: 50 };

/**
 * The client's address. scripts/server.ts replaces `X-Forwarded-For` with the one address it
 * trusts (the socket's, or the one reported by the configured proxies), before Next sees it.
 */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

/** Counts one sign-in attempt; throws a 429 naming the wait when either limit is reached. */
export async function limitSignIn({ email, address }: { email: string; address: string }): Promise<void> {
  const checks = [
    await consumeRateLimit({ key: `sign-in:address:${address}`, rule: SIGN_IN_PER_ADDRESS }),
    await consumeRateLimit({
      key: `sign-in:account-address:${email.trim().toLowerCase()} ${address}`,
      rule: SIGN_IN_PER_ACCOUNT_AND_ADDRESS,
    }),
  ];
  const blocked = checks.find((check) => !check.allowed);
  if (blocked) {
    const seconds = blocked.retryAfter ?? 60;
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    throw new TooManyRequests(
      `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      seconds,
    );
  }
}
