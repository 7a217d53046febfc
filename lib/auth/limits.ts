// Sign-in limits shared by better-auth's HTTP endpoint and the sign-in Server Action (which
// better-auth does not rate-limit): per account and per address, counted in the database.
import { consumeRateLimit, type RateLimitRule } from '@/db/queries/rate-limits';
import { AppError } from '@/lib/errors';

const SIGN_IN_PER_ACCOUNT: RateLimitRule = { window: 15 * 60, max: 10 };
const SIGN_IN_PER_ADDRESS: RateLimitRule = { window: 15 * 60, max: 50 };

/** The client's address as the proxy in front reports it; "unknown" when there is none. */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}

/** Counts one sign-in attempt; throws a 429 naming the wait when either limit is reached. */
export async function limitSignIn({ email, address }: { email: string; address: string }): Promise<void> {
  const checks = [
    await consumeRateLimit({ key: `sign-in:account:${email.trim().toLowerCase()}`, rule: SIGN_IN_PER_ACCOUNT }),
    await consumeRateLimit({ key: `sign-in:address:${address}`, rule: SIGN_IN_PER_ADDRESS }),
  ];
  const blocked = checks.find((check) => !check.allowed);
  if (blocked) {
    const minutes = Math.max(1, Math.ceil((blocked.retryAfter ?? 60) / 60));
    throw new AppError('too_many_requests', `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
  }
}
