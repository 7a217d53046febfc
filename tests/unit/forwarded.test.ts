import { describe, expect, test } from 'vitest';
import { clientAddressOf, trustedProxyHops } from '@/lib/auth/forwarded';

describe('the client address behind X-Forwarded-For', () => {
  test('with no trusted proxy, the socket address whatever the client wrote', () => {
    expect(clientAddressOf({ forwardedFor: '203.0.113.9', socketAddress: '198.51.100.1', hops: 0 })).toBe(
      '198.51.100.1',
    );
    expect(clientAddressOf({ forwardedFor: undefined, socketAddress: '198.51.100.1', hops: 0 })).toBe('198.51.100.1');
  });

  test('with one trusted proxy, the address that proxy appended, not what the client wrote before it', () => {
    // The client wrote "1.1.1.1, 2.2.2.2"; our proxy appended the address it saw, 203.0.113.9.
    expect(clientAddressOf({ forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.9', socketAddress: '10.0.0.2', hops: 1 })).toBe(
      '203.0.113.9',
    );
    expect(clientAddressOf({ forwardedFor: ['1.1.1.1', '203.0.113.9'], socketAddress: '10.0.0.2', hops: 1 })).toBe(
      '203.0.113.9',
    );
  });

  test('with two, the address the outer proxy saw', () => {
    expect(
      clientAddressOf({ forwardedFor: '6.6.6.6, 203.0.113.9, 10.0.0.1', socketAddress: '10.0.0.2', hops: 2 }),
    ).toBe('203.0.113.9');
  });

  test('more trusted hops than the chain holds is the leftmost entry, and a missing header the socket', () => {
    expect(clientAddressOf({ forwardedFor: '203.0.113.9', socketAddress: '10.0.0.2', hops: 5 })).toBe('203.0.113.9');
    expect(clientAddressOf({ forwardedFor: undefined, socketAddress: '10.0.0.2', hops: 1 })).toBe('10.0.0.2');
  });
});

describe('PARLEY_TRUSTED_PROXIES', () => {
  test('defaults to no proxy', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
  });

  test.each(['yes', '-1', '1.5', '99'])('refuses %j with one line naming the setting', (value) => {
    expect(() => trustedProxyHops(value)).toThrow(/^PARLEY_TRUSTED_PROXIES must be a whole number/);
  });
});
