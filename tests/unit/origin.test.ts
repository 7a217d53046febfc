import { afterEach, describe, expect, test } from 'vitest';
import { refuseCrossSite, siteOrigin } from '@/lib/auth/origin';

const site = (extra: Record<string, string> = {}) => new Headers({ host: 'parley.example:3000', ...extra });

describe('the cross-site check on cookie-carried writes', () => {
  afterEach(() => {
    delete process.env.BETTER_AUTH_URL;
  });

  test.each([
    ['no Origin and no Sec-Fetch-Site (a script with its own cookie)', {}],
    ['its own origin', { origin: 'http://parley.example:3000', 'sec-fetch-site': 'same-origin' }],
    ['a navigation typed by the user', { 'sec-fetch-site': 'none' }],
  ])('lets through %s', (_label, headers) => {
    expect(() => refuseCrossSite(site(headers))).not.toThrow();
  });

  test.each([
    ['a foreign origin', { origin: 'https://evil.example' }],
    ['Origin: null', { origin: 'null' }],
    ['another port', { origin: 'http://parley.example:3001' }],
    ['https for an http site', { origin: 'https://parley.example:3000' }],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { origin: 'http://parley.example:3000', 'sec-fetch-site': 'same-site' }],
  ])('refuses %s with a 403', (_label, headers) => {
    expect(() => refuseCrossSite(site(headers))).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  test('BETTER_AUTH_URL, when set, is the only origin of the site', () => {
    process.env.BETTER_AUTH_URL = 'https://parley.example.org/';
    expect(siteOrigin(site())).toBe('https://parley.example.org');
    expect(() => refuseCrossSite(site({ origin: 'https://parley.example.org' }))).not.toThrow();
    expect(() => refuseCrossSite(site({ origin: 'http://parley.example:3000' }))).toThrow();
  });
});
