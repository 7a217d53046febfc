import { describe, expect, test } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { scryptGate } from '@/lib/auth/scrypt-gate';

describe('the bound on scrypt work at once', () => {
  test(
    'runs two, queues one, and refuses the rest with 429 and Retry-After before they hash',
    { timeout: 120_000 },
    async () => {
      const hash = await hashPassword('the right password');
      const gated = scryptGate({ running: 2, waiting: 1, retryAfter: 3 });
      let started = 0;
      const settled: string[] = [];
      const attempts = Array.from({ length: 5 }, (_, index) =>
        gated(() => {
          started += 1;
          return verifyPassword({ hash, password: index === 0 ? 'the right password' : 'a wrong guess' });
        }).then(
          (ok) => settled.push(`checked ${ok}`),
          (error) => settled.push(`refused ${error.code} ${error.status} ${error.retryAfter}`),
        ),
      );
      // Refused at once: two are hashing and one waits, and nothing of the other two was started.
      await Promise.resolve();
      expect(started).toBe(2);
      await Promise.all(attempts);
      expect(started).toBe(3);
      expect(settled.slice(0, 2)).toEqual(Array(2).fill('refused too_many_requests 429 3'));
      expect(settled.slice(2).sort()).toEqual(['checked false', 'checked false', 'checked true']);
    },
  );

  test('a failed check frees its place for the next', async () => {
    const gated = scryptGate({ running: 1, waiting: 0, retryAfter: 1 });
    await expect(gated(() => Promise.reject(new Error('broken hash')))).rejects.toThrow('broken hash');
    await expect(gated(async () => 'next')).resolves.toBe('next');
  });
});
