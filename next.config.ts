import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/security-headers';

const production = process.env.NODE_ENV === 'production';

// (`new` is each folder's form for a new record, rendered per request.)
const CACHED_PAGES = [
  '/',
  '/timeline/:view',
  '/events/:slug((?!new$)[^/]+)',
  '/people/:slug((?!new$)[^/]+)',
  '/parties/:slug((?!new$)[^/]+)',
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // unauthorized() and forbidden(): a Server Action without a session answers 401, not 200.
  experimental: { authInterrupts: true },
  // Rendered pages are kept in memory and checked against the database's change counters.
  cacheHandler: path.resolve('db/page-cache.mjs'),
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders(production) },
      // Kept pages would otherwise say `s-maxage` of a year, and a shared cache in front would
      // never see a write; the server's own cache already answers them in microseconds.
      ...CACHED_PAGES.map((source) => ({ source, headers: [{ key: 'Cache-Control', value: 'no-cache' }] })),
    ];
  },
};

export default nextConfig;
