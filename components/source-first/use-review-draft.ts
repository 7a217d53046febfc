'use client';
// The source-first review kept in this browser: every change is stored under the source's draft
// key, so a reload offers the review back instead of losing it.
import { useState, useSyncExternalStore } from 'react';
import { sourceReviewDraftKey, subscribeToStorage } from '@/lib/drafts';
import type { Extraction } from '@/lib/extract/extract';
import type { Review } from '@/lib/source-first';
import type { SourceInput } from './source-input';

export type ReviewState = {
  input: SourceInput;
  read: { text: string; extraction: Extraction; review: Review } | null;
};

export function useReviewDraft(initial: SourceInput) {
  const draftKey = sourceReviewDraftKey(initial.source);
  const [state, setState] = useState<ReviewState>({ input: initial, read: null });
  const [draftHandled, setDraftHandled] = useState(false);
  const stored = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(draftKey),
    () => null,
  );

  function update(next: ReviewState) {
    setState(next);
    setDraftHandled(true);
    window.localStorage.setItem(draftKey, JSON.stringify(next));
  }

  /** The props of the form's banners that offer the stored review back. */
  const banner = {
    draft: !draftHandled && stored !== null,
    onRestore: () => update(JSON.parse(stored!) as ReviewState),
    onDiscard: () => {
      window.localStorage.removeItem(draftKey);
      setDraftHandled(true);
    },
  };
  return { state, update, banner };
}
