// The rules of a commitment's status and deadline, pure so that the writes, the pages and the
// tests share them: which status is current, where a party's claim differs from the reported
// one, and the instant a duration from the start ends in the venue's zone.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import type { CommitmentStatus } from './enums';

export type StatusEntry = { status: CommitmentStatus; at: string; claimedBy: string | null };

/** Statuses after which a commitment is no longer open: its deadline ends it rather than finds it overdue. */
export const CLOSED_STATUSES: readonly CommitmentStatus[] = ['implemented', 'violated', 'lapsed', 'withdrawn'];

/** Commitments without a deadline sort after every dated one: the instant they sort at. */
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

/**
 * Statuses that settle a commitment one way or the other, so that the story no longer counts it
 * open; a violated one still is, as its parties still argue over it.
 */
export const SETTLED_STATUSES: readonly CommitmentStatus[] = ['implemented', 'lapsed', 'withdrawn'];

/** Entries in time order; of two at the same instant the later entered (later in the list) counts as later. */
function chronological<T extends StatusEntry>(history: readonly T[]): T[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at.localeCompare(b.entry.at) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The reported status: the latest change no party claims; `proposed` before any. */
export function currentStatus(history: readonly StatusEntry[]): CommitmentStatus {
  return chronological(history.filter((entry) => entry.claimedBy === null)).at(-1)?.status ?? 'proposed';
}

/** Each party's latest claimed status, where it differs from the reported one, by party slug. */
export function disputedStatuses(
  history: readonly StatusEntry[],
): { party: string; status: CommitmentStatus; at: string }[] {
  const reported = currentStatus(history);
  const latest = new Map<string, StatusEntry>();
  for (const entry of chronological(history)) if (entry.claimedBy !== null) latest.set(entry.claimedBy, entry);
  return [...latest.values()]
    .filter((entry) => entry.status !== reported)
    .map((entry) => ({ party: entry.claimedBy!, status: entry.status, at: entry.at }));
}

/** "A 30-day moratorium from 18 March": the same wall-clock time `days` later in the venue's zone. */
export function deadlineAfter(startsAt: string, days: number, timeZone: string): string {
  return new Date(addDays(new TZDate(new Date(startsAt).getTime(), timeZone), days).getTime()).toISOString();
}
