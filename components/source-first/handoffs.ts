// What the review hands on, through the drafts the other forms restore: the event form's draft
// from the kept proposals, and the source's claim form draft from a chosen quote.
import type { PickOption } from '@/db/queries/pick-lists';
import { claimDraftKey, eventDraftKey } from '@/lib/drafts';
import { claimFromSpan, eventFromReview } from '@/lib/source-first';
import type { Span } from '@/lib/text-quotes';
import type { SourceInput } from './source-input';
import type { ReviewState } from './use-review-draft';

type Read = NonNullable<ReviewState['read']>;

export function storeEventDraft(read: Read, source: string) {
  const values = eventFromReview(read.review, read.extraction, source);
  window.localStorage.setItem(eventDraftKey(null), JSON.stringify({ version: null, values }));
}

/** The claim's day is the event's chosen start, or else the day the source was published. */
export function storeClaimDraft(read: Read, span: Span, input: SourceInput, people: readonly PickOption[]) {
  const day =
    read.review.start === null
      ? input.publishedAt.slice(0, 10)
      : read.extraction.dates[read.review.start].start.slice(0, 10);
  const values = claimFromSpan(read.extraction, read.text, span, input.source, people, day);
  window.localStorage.setItem(claimDraftKey(input.source), JSON.stringify({ version: null, values }));
}
