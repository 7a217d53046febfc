import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // unauthorized() and forbidden(): a Server Action without a session answers 401, not 200.
  experimental: { authInterrupts: true },
};

export default nextConfig;
