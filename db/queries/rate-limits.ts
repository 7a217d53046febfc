// Rate-limit counters in the database, so a restart does not reset them. One fixed window per
// key: `lastRequest` holds the window's start in milliseconds.
import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { writeTransaction, type ParleyDb } from '../connection';
import { rateLimits } from '../schema';
import { getDb } from '../client';

export type RateLimitRule = { window: number; max: number };
export type RateLimitResult = { allowed: boolean; retryAfter: number | null };

/** Counts one request against `key`; the check and the increment are one IMMEDIATE transaction. */
export async function consumeRateLimit({
  key,
  rule,
  now = Date.now(),
  db = getDb(),
}: {
  key: string;
  rule: RateLimitRule;
  now?: number;
  db?: ParleyDb;
}): Promise<RateLimitResult> {
  return writeTransaction(db, (tx) => {
    const row = tx.select().from(rateLimits).where(eq(rateLimits.key, key)).get();
    const windowMs = rule.window * 1000;
    if (!row) {
      tx.insert(rateLimits).values({ id: randomUUID(), key, count: 1, lastRequest: now }).run();
      return { allowed: true, retryAfter: null };
    }
    if (now - row.lastRequest >= windowMs) {
      tx.update(rateLimits).set({ count: 1, lastRequest: now }).where(eq(rateLimits.id, row.id)).run();
      return { allowed: true, retryAfter: null };
    }
    if (row.count >= rule.max)
      return { allowed: false, retryAfter: Math.ceil((row.lastRequest + windowMs - now) / 1000) };
    tx.update(rateLimits)
      .set({ count: row.count + 1 })
      .where(eq(rateLimits.id, row.id))
      .run();
    return { allowed: true, retryAfter: null };
  });
}
