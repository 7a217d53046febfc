// Source-first entry: what the analyst reviews after a source is read (which date starts the
// event, which names take part and in what role, which sentences are cited), its defaults from
// the extraction, and the event form's values made from it. Pure, so a test can check each rule.
import type { Attribution, PartyRole, PersonRole, Precision } from '@/db/enums';
import type { PickOption } from '@/db/queries/pick-lists';
import { wallTimeToInstant } from '@/db/calendar';
import type { ClaimContent } from '@/lib/actions/analysis';
import type { Extraction, NameProposal } from '@/lib/extract/extract';
import { newEventValues, titleOn, type EventFormValues } from '@/lib/event-form';
import { quoteAt, type Span } from '@/lib/text-quotes';
import { hasClock, instantToWallTime } from '@/lib/time';

export type Choice<R> = { slug: string; name: string; accepted: boolean; role: R };
export type PersonChoice = Choice<PersonRole> & { onBehalfOf: string };
export type CitedSentence = { index: number; text: string; attribution: Attribution; attributedTo: string };

export type Review = {
  title: string;
  /** Indexes into the extraction's dates. */
  start: number | null;
  end: number | null;
  location: string;
  parties: Choice<PartyRole>[];
  people: PersonChoice[];
  topics: Choice<null>[];
  citations: CitedSentence[];
};

const MEDIATOR = /\bmediat/i;
const VENUE_TALKS = /\b(?:talks|meeting|met|summit|negotiat)/i;
const LEADS_DELEGATION = /\b(?:lead(?:s|ing)?|led|head(?:s|ed|ing)?)\b[^.]*\bdelegation|\bhead of (?:the )?delegation/i;

/** Each record once, in the order the text first names it, with every mention kept for the role rules. */
function byRecord(names: readonly NameProposal[]): { slug: string; name: string; mentions: NameProposal[] }[] {
  const records = new Map<string, { slug: string; name: string; mentions: NameProposal[] }>();
  for (const name of names) {
    if (!name.slug) continue;
    const record = records.get(name.slug) ?? { slug: name.slug, name: name.name, mentions: [] };
    record.mentions.push(name);
    records.set(name.slug, record);
  }
  return [...records.values()];
}

function sentenceAt(extraction: Extraction, index: number): string {
  return extraction.sentences.findLast((s) => s.index <= index)?.text ?? '';
}

function partyRole(extraction: Extraction, text: string, mentions: readonly NameProposal[]): PartyRole {
  if (mentions.some((m) => MEDIATOR.test(sentenceAt(extraction, m.index)))) return 'mediator';
  const venue = mentions.some(
    (m) =>
      /\bin\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index)) &&
      VENUE_TALKS.test(sentenceAt(extraction, m.index)),
  );
  return venue ? 'host' : 'delegation';
}

/** The start: the first date with a clock time, else the first day; the end: a later clock time in its sentence. */
function startAndEnd(extraction: Extraction): { start: number | null; end: number | null } {
  const { dates } = extraction;
  let start = dates.findIndex((d) => hasClock(d.precision));
  if (start === -1) start = dates.findIndex((d) => d.precision === 'day');
  if (start === -1) return { start: dates.length ? 0 : null, end: null };
  const sentence = sentenceAt(extraction, dates[start].index);
  const end = dates.findIndex(
    (d, i) => i > start && hasClock(d.precision) && sentenceAt(extraction, d.index) === sentence,
  );
  return { start, end: end === -1 ? null : end };
}

type Lists = { parties: readonly PickOption[]; people: readonly PickOption[]; locations: readonly PickOption[] };

export function initialReview(extraction: Extraction, text: string, lists: Lists): Review {
  const { start, end } = startAndEnd(extraction);
  const day = start === null ? '' : extraction.dates[start].start.slice(0, 10);
  const locations = byRecord(extraction.locations).sort((a, b) => b.mentions.length - a.mentions.length);
  const parties = byRecord(extraction.parties).map((p) => ({
    slug: p.slug,
    name: p.name,
    accepted: true,
    role: partyRole(extraction, text, p.mentions),
  }));
  const people = byRecord(extraction.people).map((p): PersonChoice => {
    const leads = p.mentions.some((m) => LEADS_DELEGATION.test(sentenceAt(extraction, m.index)));
    const held = titleOn(
      lists.people.find((o) => o.slug === p.slug),
      day,
    );
    return {
      slug: p.slug,
      name: p.name,
      accepted: leads,
      role: leads ? 'head_of_delegation' : 'delegate',
      onBehalfOf: held?.partySlug ?? '',
    };
  });
  const review: Review = {
    title: '',
    start,
    end,
    location: locations[0]?.slug ?? '',
    parties,
    people,
    topics: byRecord(extraction.topics).map((t) => ({ slug: t.slug, name: t.name, accepted: true, role: null })),
    citations: [],
  };
  return { ...review, title: suggestedTitle(review, lists) };
}

/** "Ukraine–U.S. talks in Riyadh": the delegations, then the mediators, by their short names. */
export function suggestedTitle(review: Review, lists: Lists): string {
  const shortName = (p: Choice<PartyRole>) => lists.parties.find((o) => o.slug === p.slug)?.hint || p.name;
  const sides = [
    ...review.parties.filter((p) => p.accepted && p.role === 'delegation'),
    ...review.parties.filter((p) => p.accepted && p.role === 'mediator'),
  ].map(shortName);
  const place = lists.locations.find((o) => o.slug === review.location);
  return sides.length ? `${sides.join('–')} talks${place ? ` in ${place.label}` : ''}` : '';
}

/** The review with words of the text cited: a whole sentence or words within one, attributed as that sentence is. */
export function citeSpan(
  review: Review,
  extraction: Extraction,
  text: string,
  span: { start: number; end: number },
): Review {
  if (review.citations.some((c) => c.index === span.start)) return review;
  const sentence = extraction.sentences.findLast((s) => s.index <= span.start);
  const cited: CitedSentence = {
    index: span.start,
    text: text.slice(span.start, span.end),
    attribution: sentence?.attribution?.kind ?? 'reporter',
    attributedTo: sentence?.attribution?.person ?? '',
  };
  return { ...review, citations: [...review.citations, cited].sort((a, b) => a.index - b.index) };
}

/**
 * A claim quoted from the words chosen, for the source's claim form to finish once the session is
 * saved: its quote selector, and who says it as the sentence attributes it (the speaker's party
 * on the day, else the first party the sentence names).
 */
export function claimFromSpan(
  extraction: Extraction,
  text: string,
  span: Span,
  source: string,
  people: readonly PickOption[],
  day: string,
): ClaimContent {
  const sentence = extraction.sentences.findLast((s) => s.index <= span.start);
  const said = sentence?.attribution;
  const speakerParty = said?.person
    ? titleOn(
        people.find((p) => p.slug === said.person),
        day,
      )?.partySlug
    : undefined;
  const named =
    sentence &&
    extraction.parties.find(
      (p) => p.slug && p.index >= sentence.index && p.index < sentence.index + sentence.text.length,
    );
  return {
    event: '',
    party: speakerParty ?? named?.slug ?? '',
    person: said?.person ?? '',
    source,
    kind: 'assertion',
    quote: quoteAt(text, span),
    paraphrase: '',
    topics: [],
    attribution: said?.kind ?? 'reporter',
    confidence: 'medium',
  };
}

/** A wall time moved to another zone at the precision it has: a day stays the same day. */
function inZone(wall: string, from: string, to: string, precision: Precision): string {
  return hasClock(precision) && from !== to ? instantToWallTime(wallTimeToInstant(wall, from), to) : wall;
}

/** The event form's values for the reviewed draft: only what the analyst kept. */
export function eventFromReview(review: Review, extraction: Extraction, source: string): EventFormValues {
  const start = review.start === null ? null : extraction.dates[review.start];
  const end = review.end === null ? null : extraction.dates[review.end];
  const zone = start?.timeZone ?? 'UTC';
  const precision = start?.precision ?? 'day';
  return {
    ...newEventValues(),
    title: review.title,
    startsAt: start?.start ?? '',
    endsAt: end ? inZone(end.start, end.timeZone, zone, precision).slice(0, hasClock(precision) ? 16 : 10) : '',
    timeZone: zone,
    precision,
    approximate: start?.approximate ?? false,
    endApproximate: end?.approximate ?? false,
    location: review.location,
    parties: review.parties.filter((p) => p.accepted).map((p) => ({ party: p.slug, role: p.role })),
    people: review.people
      .filter((p) => p.accepted)
      .map((p) => ({ person: p.slug, role: p.role, onBehalfOf: p.onBehalfOf })),
    topics: review.topics.filter((t) => t.accepted).map((t) => t.slug),
    citations: review.citations.map((c) => ({
      source,
      excerpt: c.text,
      attribution: c.attribution,
      attributedTo: c.attributedTo,
      confidence: 'medium',
      note: '',
    })),
  };
}
