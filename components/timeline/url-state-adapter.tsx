'use client';
// nuqs's own Next.js adapter reads the address with `useSearchParams`, which a cached page cannot
// call while it is rendered on the server (the whole timeline would then be left to the browser,
// and readers without scripts would get nothing). This adapter renders on the server from the
// query the page was rendered for, and in the browser from the address itself. The timeline only
// ever changes the query in place (shallow), which Next.js's router follows by itself.
import { useSearchParams } from 'next/navigation';
import {
  renderQueryString,
  unstable_createAdapterProvider as createAdapterProvider,
  type unstable_AdapterInterface as AdapterInterface,
} from 'nuqs/adapters/custom';
import { createContext, useContext, useMemo } from 'react';

const RenderedQuery = createContext('');

function useRenderedSearchParams(): URLSearchParams {
  const query = useContext(RenderedQuery);
  return useMemo(() => new URLSearchParams(query), [query]);
}

// Which one runs is fixed for each environment, so every render calls the same hooks in the same order.
const useCurrentSearchParams = typeof window === 'undefined' ? useRenderedSearchParams : useSearchParams;

function updateUrl(search: URLSearchParams, options: { history: 'push' | 'replace'; scroll: boolean }) {
  const { pathname, hash } = window.location;
  const url = `${pathname}${renderQueryString(search)}${hash}`;
  if (options.history === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  if (options.scroll) window.scrollTo(0, 0);
}

function useAdapter(): AdapterInterface {
  return { searchParams: useCurrentSearchParams(), updateUrl };
}

const AdapterProvider = createAdapterProvider(useAdapter);

/** `query`: the query string (without "?") the server rendered this page for. */
export function UrlStateAdapter({ query, children }: { query: string; children: React.ReactNode }) {
  return (
    <RenderedQuery value={query}>
      <AdapterProvider>{children}</AdapterProvider>
    </RenderedQuery>
  );
}
