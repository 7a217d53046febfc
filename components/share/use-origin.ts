'use client';
import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * The site's address as the reader reached it ("https://parley.example.org"), or '' while the
 * server renders: pages are cached for every reader, so only the browser knows it. Addresses
 * built from it are shown as paths until hydration, then in full.
 */
export function useOrigin(): string {
  return useSyncExternalStore(
    never,
    () => window.location.origin,
    () => '',
  );
}
