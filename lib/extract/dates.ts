// Dates and times in a source, resolved as a reader of the article would: against the moment it
// was published, in the dateline's or the publisher's zone, with the precision the words support.
// chrono-node reads the expressions; this file decides what they are relative to and in which
// zone ("5:30 p.m. Kyiv time"), and carries a day named earlier in the sentence to a bare time.
import * as chrono from 'chrono-node';
import type { Precision } from '@/db/enums';
import { hasClock, instantToWallTime } from '@/lib/time';
import { wallTimeToInstant } from '@/db/calendar';
import { zoneOffset, type ZoneOf } from './zones';

export type DateMention = {
  text: string;
  index: number;
  /** Local wall time in `timeZone`: "2025-03-23T17:30", or a day "2025-03-23" at day precision and coarser. */
  start: string;
  end?: string;
  precision: Precision;
  timeZone: string;
  /** "around 5:30 p.m.", "some five hours later". */
  approximate: boolean;
};

type Components = chrono.ParsedComponents;

// An offset written in the text ("10 a.m. GMT"): chrono's instant is then the true one.
const WRITTEN_OFFSET = /\b(?:GMT|UTC|[ECMP][SD]T|BST|CES?T|EES?T|MSK)\b|[+-]\d{2}:?\d{2}\b/;
// "Kyiv time", "Kyiv, Ukraine, time", "(Moscow time)" right after a time.
const ZONE_PHRASE =
  /^,?\s*\(?(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2})(?:,\s*\p{Lu}[\p{L}'’. -]*?)?,?\s+time\b\)?/u;
// Counted from the date named before it, not from the publication: "the day before", "five hours later".
const RELATIVE = /\b(?:before|after|later|earlier|next day|previous day|following)\b/i;
const APPROXIMATE_BEFORE =
  /\b(?:around|about|approximately|roughly|some|circa|nearly|almost|(?:shortly|just) (?:before|after))\s*$/i;
const APPROXIMATE_IN = /^(?:around|about|approximately|roughly|circa)\b/i;
const WEEK = /\bweek\b/i;
// A year alone ("in 2024") or a bare number chrono takes for a time is too weak to propose, and
// "for about two hours", "for 30 days" are durations, not dates.
const TOO_WEAK = /^(?:in\s+)?\d{1,4}$|^for\b/i;
// "two days after the clash": the words name the day of what follows them, counted back from the
// date before ("Sunday, two days after the clash" is about Friday's clash).
const ANCHORED = /^(?:an?|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\s+(after|before)$/i;
// A weekday in a sentence about plans means the coming one: "proposed talks on Thursday".
const FUTURE = /\b(?:will|would|plans?|planned|proposed|expected|scheduled|is to|are to|was to|were to|next)\b/i;

export type DateContext = { publishedAt: string; timeZone: string; zoneOf: ZoneOf };

function reference(instant: Date, timeZone: string): chrono.ParsingReference {
  return { instant, timezone: zoneOffset(instant, timeZone) };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The wall time a parsed moment names in `zone`. */
function wallOf(components: Components, text: string, zone: string): string {
  if (WRITTEN_OFFSET.test(text)) return instantToWallTime(components.date().toISOString(), zone);
  const get = (unit: chrono.Component) => components.get(unit) ?? 0;
  return `${pad(get('year'), 4)}-${pad(get('month'))}-${pad(get('day'))}T${pad(get('hour'))}:${pad(get('minute'))}`;
}

function precisionOf(components: Components, text: string): Precision {
  if (components.isCertain('minute')) return 'minute';
  if (components.isCertain('hour')) return 'hour';
  if (WEEK.test(text)) return 'week';
  if (components.isCertain('day') || components.isCertain('weekday')) return 'day';
  if (components.isCertain('month')) return 'month';
  return 'year';
}

/** A wall time cut to its precision, as the event form and API take it. */
function atPrecision(wall: string, precision: Precision): string {
  if (hasClock(precision)) return wall;
  if (precision === 'month') return `${wall.slice(0, 8)}01`;
  if (precision === 'year') return `${wall.slice(0, 5)}01-01`;
  return wall.slice(0, 10);
}

function parseOne(text: string, instant: Date, zone: string, forwardDate = false): chrono.ParsedResult | null {
  return chrono.parse(text, reference(instant, zone), { forwardDate })[0] ?? null;
}

/** The instant of a mention, to count a later relative expression from. */
function instantOf(mention: DateMention): Date {
  return new Date(wallTimeToInstantSafe(mention.start, mention.timeZone));
}

function wallTimeToInstantSafe(wall: string, zone: string): string {
  try {
    return wallTimeToInstant(wall, zone);
  } catch {
    // A time the clocks skipped: an hour later is what the reader's clock showed.
    return new Date(Date.parse(`${wall.slice(0, 10)}T00:00Z`)).toISOString();
  }
}

export function extractDates(text: string, { publishedAt, timeZone, zoneOf }: DateContext): DateMention[] {
  const published = new Date(publishedAt);
  const mentions: DateMention[] = [];
  for (const found of chrono.parse(text, reference(published, timeZone), { forwardDate: false })) {
    if (TOO_WEAK.test(found.text.trim())) continue;
    const end = found.index + found.text.length;
    const zonePhrase = ZONE_PHRASE.exec(text.slice(end, end + 60));
    const previous = mentions.at(-1);
    const relative = RELATIVE.test(found.text) && previous !== undefined;
    const anchored = ANCHORED.exec(found.text.trim());
    const anchorsWhatFollows = anchored && /^\s+(?:the|a|an|\p{Lu}|[\p{L}]+['’]s\b)/u.test(text.slice(end, end + 20));
    const relativeText = anchorsWhatFollows
      ? found.text.replace(/after|before/i, (w) => (w.toLowerCase() === 'after' ? 'before' : 'after'))
      : found.text;
    // A relative time keeps the clock of the time it counts from.
    const zone = (zonePhrase && zoneOf(zonePhrase[1])) || (relative ? previous.timeZone : timeZone);
    const sentence = text.slice(Math.max(0, text.lastIndexOf('.', found.index) + 1), found.index);
    const ahead =
      !relative && found.start.isCertain('weekday') && !found.start.isCertain('day') && FUTURE.test(sentence);
    const parsed =
      (relative
        ? parseOne(relativeText, instantOf(previous), zone)
        : zone !== timeZone || ahead
          ? parseOne(found.text, published, zone, ahead)
          : found) ?? found;
    const precision = precisionOf(parsed.start, found.text);
    let wall = wallOf(parsed.start, found.text, zone);
    // "the talks Sunday had begun around 5:30 p.m.": the time is on the day named before it.
    const dayKnown = relative || parsed.start.isCertain('day') || parsed.start.isCertain('weekday');
    if (!dayKnown && hasClock(precision) && previous) wall = `${previous.start.slice(0, 10)}${wall.slice(10)}`;
    const mentionText =
      zonePhrase && zone !== timeZone
        ? text.slice(found.index, end + zonePhrase[0].length)
        : found.text.replace(/[\s,;:]+$/u, '');
    const before = text.slice(Math.max(0, found.index - 20), found.index);
    mentions.push({
      text: mentionText,
      index: found.index,
      start: atPrecision(wall, precision),
      ...(parsed.end ? { end: atPrecision(wallOf(parsed.end, found.text, zone), precision) } : {}),
      precision,
      timeZone: zone,
      approximate: APPROXIMATE_BEFORE.test(before) || APPROXIMATE_IN.test(found.text),
    });
  }
  return mentions;
}
