// The event form's values: every field as the form holds it (times as wall-clock text in the
// event's zone), made from a stored event for editing or from defaults for a new one.
import { affiliationOn } from '@/db/affiliation-at';
import type { EventSnapshot } from '@/db/queries/event-writes';
import type { PickOption } from '@/db/queries/pick-lists';
import type { DurationBound, EventKind, EventStatus, Precision } from '@/db/enums';
import { hasClock, instantToWallTime } from '@/lib/time';

export type CitationValues = {
  source: string;
  excerpt: string;
  attribution: string;
  attributedTo: string;
  confidence: string;
  note: string;
};

export type EventFormValues = {
  kind: EventKind;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  precision: Precision;
  approximate: boolean;
  endApproximate: boolean;
  /** Minutes as typed; only without an end. */
  durationMinutes: string;
  durationBound: DurationBound;
  status: EventStatus;
  location: string;
  parties: { party: string; role: string }[];
  people: { person: string; role: string; onBehalfOf: string }[];
  topics: string[];
  citations: CitationValues[];
  relations: { type: string; event: string }[];
  /** Not edited by the form; carried through so that a save keeps it. */
  statusHistory: EventSnapshot['statusHistory'];
};

export function newEventValues(): EventFormValues {
  return {
    kind: 'talks_session',
    title: '',
    summary: '',
    startsAt: '',
    endsAt: '',
    timeZone: 'UTC',
    precision: 'minute',
    approximate: false,
    endApproximate: false,
    durationMinutes: '',
    durationBound: 'exact',
    status: 'held',
    location: '',
    parties: [],
    people: [],
    topics: [],
    citations: [],
    relations: [],
    statusHistory: [],
  };
}

/** A wall time as the form holds it at a precision: a date alone unless the clock is known. */
function atPrecision(wall: string, precision: Precision): string {
  return hasClock(precision) ? wall : wall.slice(0, 10);
}

/** The form's values after choosing a precision: a day, week, month or year drops the clock time. */
export function withPrecision(values: EventFormValues, precision: Precision): EventFormValues {
  return {
    ...values,
    precision,
    startsAt: atPrecision(values.startsAt, precision),
    endsAt: atPrecision(values.endsAt, precision),
  };
}

export function eventValues(snapshot: EventSnapshot): EventFormValues {
  const wall = (instant: string) => atPrecision(instantToWallTime(instant, snapshot.timeZone), snapshot.precision);
  return {
    kind: snapshot.kind,
    title: snapshot.title,
    summary: snapshot.summary,
    startsAt: wall(snapshot.startsAt),
    endsAt: snapshot.endsAt ? wall(snapshot.endsAt) : '',
    timeZone: snapshot.timeZone,
    precision: snapshot.precision,
    approximate: snapshot.approximate,
    endApproximate: snapshot.endApproximate,
    durationMinutes: snapshot.durationMinutes ? String(snapshot.durationMinutes) : '',
    durationBound: snapshot.durationBound,
    status: snapshot.status,
    location: snapshot.location ?? '',
    parties: snapshot.parties.map((p) => ({ ...p })),
    people: snapshot.people.map((p) => ({ person: p.person, role: p.role, onBehalfOf: p.onBehalfOf ?? '' })),
    topics: [...snapshot.topics],
    citations: snapshot.citations.map((c) => ({
      source: c.source,
      excerpt: c.excerpt,
      attribution: c.attribution,
      attributedTo: c.attributedTo ?? '',
      confidence: c.confidence,
      note: c.note ?? '',
    })),
    relations: snapshot.relations.map((r) => ({ ...r })),
    statusHistory: snapshot.statusHistory,
  };
}

/** The title a picked person held on the event's day, preferring one in the party they acted for. */
export function titleOn(person: PickOption | undefined, day: string, party?: string) {
  return person?.titles ? affiliationOn(person.titles, day, party || null) : null;
}
