// Where forms keep unsaved work in this browser (localStorage), named in one place because one
// page hands work to another's form: source-first entry fills the new-event form's draft and
// leaves a claim in its source's claim form.

/** The event form's draft: a new event, or edits of one. */
export const eventDraftKey = (slug: string | null) => `parley:draft:event:${slug ?? 'new'}`;

/** A new claim quoted from a source, until it is saved. */
export const claimDraftKey = (source: string) => `parley:draft:claim:new:${source}`;

/** A source-first review of a source's text (or of a pasted one). */
export const sourceReviewDraftKey = (source: string) => `parley:draft:from-source:${source || 'new'}`;

/** For useSyncExternalStore: a draft written in another tab shows here too. */
export function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}
