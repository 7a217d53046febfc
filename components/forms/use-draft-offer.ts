'use client';
// The draft left by an earlier visit, offered until the analyst restores it, discards it or
// starts typing over it. Read from storage after hydration, so server and client agree.
import { useMemo, useState, useSyncExternalStore } from 'react';
import { subscribeToStorage } from '@/lib/drafts';

export function useDraftOffer<V>(draftKey: string, values: V, initial: V) {
  const stored = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(draftKey),
    () => null,
  );
  const [handled, setHandled] = useState(false);
  const draft = useMemo(() => {
    if (handled || !stored || JSON.stringify(values) !== JSON.stringify(initial)) return null;
    try {
      const parsed = (JSON.parse(stored) as { values: V }).values;
      return JSON.stringify(parsed) === JSON.stringify(initial) ? null : parsed;
    } catch {
      return null;
    }
  }, [handled, stored, values, initial]);

  return {
    draft,
    /** The offer is answered: restored, or typed over. */
    handled: () => setHandled(true),
    discard: () => {
      window.localStorage.removeItem(draftKey);
      setHandled(true);
    },
  };
}
