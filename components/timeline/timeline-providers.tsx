'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import { getQueryClient } from '@/lib/query/client';
import { UrlStateAdapter } from './url-state-adapter';

/** React Query and URL state, for the timeline only: other pages do not pay for them. `query` is the one the server rendered. */
export function TimelineProviders({ query, children }: { query: string; children: React.ReactNode }) {
  return (
    <UrlStateAdapter query={query}>
      <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>
    </UrlStateAdapter>
  );
}
