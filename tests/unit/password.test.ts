import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

describe('password hashing', () => {
  // Four scrypt runs at 128 MiB each: seconds apiece on a busy machine.
  it(
    'uses scrypt at OWASP’s minimum cost (N=2^17, r=8, p=1) with a fresh salt, and verifies only the right password',
    { timeout: 180_000 },
    async () => {
      const hash = await hashPassword('correct horse battery staple');
      expect(hash.split('$').slice(0, 4)).toEqual(['scrypt', '131072', '8', '1']);
      expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
      expect(await verifyPassword({ hash, password: 'correct horse battery staple' })).toBe(true);
      expect(await verifyPassword({ hash, password: 'correct horse battery stapl' })).toBe(false);
      expect(await verifyPassword({ hash: 'not-a-hash', password: 'x' })).toBe(false);
    },
  );
});
