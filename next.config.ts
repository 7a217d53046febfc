import path from 'node:path';
import type { NextConfig } from 'next';

const production = process.env.NODE_ENV === 'production';

// Next.js streams its payload through inline scripts, so scripts need 'unsafe-inline' unless
// every page is rendered per request with a nonce; that would forbid the cached pages readers
// get. React escapes all stored text, and everything else is locked to this origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? '' : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

// (`new` is each folder's form for a new record, rendered per request.)
const CACHED_PAGES = ['/', '/timeline/:view', '/events/:slug((?!new$)[^/]+)', '/people/:slug((?!new$)[^/]+)', '/parties/:slug((?!new$)[^/]+)'];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // unauthorized() and forbidden(): a Server Action without a session answers 401, not 200.
  experimental: { authInterrupts: true },
  // Rendered pages are kept in memory and checked against the database's change counters.
  cacheHandler: path.resolve('db/page-cache.mjs'),
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      // Kept pages would otherwise say `s-maxage` of a year, and a shared cache in front would
      // never see a write; the server's own cache already answers them in microseconds.
      ...CACHED_PAGES.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: 'no-cache' }] })),
    ];
  },
};

export default nextConfig;
