// Events as iCalendar (RFC 5545), written one event at a time so a long export streams. Timed
// events carry their own zone (TZID with a VTIMEZONE); day precision and coarser become all-day
// entries over the span the source supports; the UID is the slug, so a calendar that imports
// the file again, or refreshes a subscription, updates entries instead of adding twins.
import ICAL from 'ical.js';
import type { CommitmentDTO } from '@/db/queries/commitments';
import type { EventDTO } from '@/db/queries/event-dto';
import {
  COMMITMENT_STATUS_LABELS,
  EVENT_KIND_LABELS,
  EVENT_STATUS_LABELS,
  PARTY_ROLE_LABELS,
  PERSON_ROLE_LABELS,
} from '@/lib/labels';
import { addCalendarDays, localSpan } from '@/db/calendar';
import { formatEventWhen, hasClock, instantToWallTime } from '@/lib/time';
import { vtimezone } from './vtimezone';

export const ICS_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const UID_DOMAIN = 'parley';
/** How far past the present a zone's offset changes are spelled out. */
const ZONE_YEARS_AHEAD = 10;

const STATUS: Partial<Record<EventDTO['status'], 'TENTATIVE' | 'CANCELLED'>> = {
  scheduled: 'TENTATIVE',
  postponed: 'TENTATIVE',
  proposed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

export function eventUid(slug: string): string {
  return `${slug}@${UID_DOMAIN}`;
}

/** A commitment's deadline: its own UID, so that a moved deadline updates the entry. */
export function deadlineUid(slug: string): string {
  return `commitment-${slug}-deadline@${UID_DOMAIN}`;
}

function utc(instant: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(instant), true);
}

function date(day: string): ICAL.Time {
  return ICAL.Time.fromDateString(day);
}

function zoned(instant: string, timeZone: string): ICAL.Time {
  return ICAL.Time.fromDateTimeString(`${instantToWallTime(instant, timeZone)}:00`);
}

/**
 * Text as a TEXT value may hold it: ical.js escapes line feeds but writes a carriage return as
 * is, which RFC 5545 forbids and a lenient reader takes for a new line of properties; other
 * control characters are not allowed either.
 */
function calendarText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

function description(event: EventDTO): string {
  const lines = [event.summary];
  lines.push('', `${EVENT_KIND_LABELS[event.kind]} · ${EVENT_STATUS_LABELS[event.status]} · ${formatEventWhen(event)}`);
  if (event.parties.length)
    lines.push(
      `Parties: ${event.parties.map((p) => `${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()})`).join('; ')}`,
    );
  if (event.people.length)
    lines.push(
      `People: ${event.people.map((p) => `${p.name} (${[PERSON_ROLE_LABELS[p.role].toLowerCase(), p.title].filter(Boolean).join(', ')})`).join('; ')}`,
    );
  const sources = new Map(event.citations.map((c) => [c.source.slug, c.source]));
  if (sources.size)
    lines.push(
      'Sources:',
      ...[...sources.values()].map((s) => `- ${s.title}, ${s.publisher}${s.url ? ` ${s.url}` : ''}`),
    );
  return calendarText(lines.join('\n').trim());
}

function vevent(event: EventDTO, origin: string): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', eventUid(event.slug));
  component.addPropertyWithValue('dtstamp', utc(event.updatedAt));
  component.addPropertyWithValue('created', utc(event.createdAt));
  component.addPropertyWithValue('last-modified', utc(event.updatedAt));
  component.addPropertyWithValue('sequence', event.version - 1);
  component.addPropertyWithValue('summary', calendarText(event.title));
  if (hasClock(event.precision)) {
    component
      .addPropertyWithValue('dtstart', zoned(event.startsAt, event.timeZone))
      .setParameter('tzid', event.timeZone);
    if (event.endsAt)
      component.addPropertyWithValue('dtend', zoned(event.endsAt, event.timeZone)).setParameter('tzid', event.timeZone);
    // A duration given without an end fills the calendar only when it is a length, not a bound
    // ("under two hours" stays in the description).
    else if (event.durationMinutes && (event.durationBound === 'exact' || event.durationBound === 'about'))
      component.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(event.durationMinutes * 60));
  } else {
    // The local days the event covers, inclusive; an all-day DTEND is the day after (RFC 5545).
    const { startDay, endDay } = localSpan(event);
    component.addPropertyWithValue('dtstart', date(startDay));
    component.addPropertyWithValue('dtend', date(addCalendarDays(endDay, 1)));
    component.addPropertyWithValue('transp', 'TRANSPARENT');
  }
  component.addPropertyWithValue('status', STATUS[event.status] ?? 'CONFIRMED');
  component.addPropertyWithValue('description', description(event));
  component.addPropertyWithValue('url', `${origin}/events/${event.slug}`);
  if (event.location) {
    const place = [
      event.location.name,
      event.location.city !== event.location.name ? event.location.city : null,
      event.location.country,
    ]
      .filter(Boolean)
      .join(', ');
    component.addPropertyWithValue('location', calendarText(place));
    if (event.location.latitude !== null && event.location.longitude !== null)
      component.addPropertyWithValue('geo', [event.location.latitude, event.location.longitude]);
  }
  component.addProperty(new ICAL.Property('categories', component));
  component
    .getFirstProperty('categories')!
    .setValues([EVENT_KIND_LABELS[event.kind], ...event.topics.map((t) => calendarText(t.name))]);
  return component;
}

/** A deadline as a moment in the venue's zone: "Deadline: exchange 1,000 prisoners each". */
function deadlineEvent(commitment: CommitmentDTO, origin: string): ICAL.Component {
  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', deadlineUid(commitment.slug));
  component.addPropertyWithValue('dtstamp', utc(commitment.updatedAt));
  component.addPropertyWithValue('last-modified', utc(commitment.updatedAt));
  component.addPropertyWithValue('sequence', commitment.version - 1);
  component.addPropertyWithValue(
    'summary',
    calendarText(`${commitment.durationDays ? 'Ends' : 'Deadline'}: ${commitment.text}`),
  );
  component
    .addPropertyWithValue('dtstart', zoned(commitment.deadlineAt!, commitment.timeZone))
    .setParameter('tzid', commitment.timeZone);
  component
    .addPropertyWithValue('dtend', zoned(commitment.deadlineAt!, commitment.timeZone))
    .setParameter('tzid', commitment.timeZone);
  component.addPropertyWithValue('transp', 'TRANSPARENT');
  const lines = [
    `${COMMITMENT_STATUS_LABELS[commitment.status]} · ${commitment.parties.map((party) => party.name).join(', ')}`,
  ];
  if (commitment.event) lines.push(`From: ${commitment.event.title}`);
  component.addPropertyWithValue('description', calendarText(lines.join('\n')));
  component.addPropertyWithValue('url', `${origin}/commitments/${commitment.slug}`);
  component.addProperty(new ICAL.Property('categories', component));
  component
    .getFirstProperty('categories')!
    .setValues(['Deadline', ...commitment.topics.map((t) => calendarText(t.name))]);
  return component;
}

/**
 * Writes a calendar as text chunks: the head, then each event (preceded, the first time its
 * zone appears, by that zone's VTIMEZONE), then the end. Events arrive in time order, so the
 * first event of a zone fixes the earliest year its VTIMEZONE must cover.
 */
export class IcsWriter {
  private readonly zones = new Set<string>();

  constructor(private readonly options: { name: string; origin: string; refreshHours?: number }) {}

  head(): string {
    const calendar = new ICAL.Component('vcalendar');
    calendar.addPropertyWithValue('version', '2.0');
    calendar.addPropertyWithValue('prodid', '-//Parley//Parley events//EN');
    calendar.addPropertyWithValue('calscale', 'GREGORIAN');
    calendar.addPropertyWithValue('method', 'PUBLISH');
    calendar.addPropertyWithValue('name', calendarText(this.options.name));
    calendar.addPropertyWithValue('x-wr-calname', calendarText(this.options.name));
    if (this.options.refreshHours) {
      calendar.addPropertyWithValue('refresh-interval', ICAL.Duration.fromSeconds(this.options.refreshHours * 3600));
      calendar.addPropertyWithValue('x-published-ttl', `PT${this.options.refreshHours}H`);
    }
    return calendar.toString().replace(/END:VCALENDAR$/, '');
  }

  /** The zone's VTIMEZONE the first time a timed entry needs it, from the year before `day`'s. */
  private zone(timeZone: string, day: string): string[] {
    if (this.zones.has(timeZone)) return [];
    this.zones.add(timeZone);
    const year = Number(day.slice(0, 4));
    return [vtimezone(timeZone, year - 1, Math.max(year, new Date().getUTCFullYear()) + ZONE_YEARS_AHEAD).toString()];
  }

  event(event: EventDTO): string {
    const parts = hasClock(event.precision) ? this.zone(event.timeZone, event.localDate) : [];
    parts.push(vevent(event, this.options.origin).toString());
    return `${parts.join('\r\n')}\r\n`;
  }

  /** A commitment's deadline (written after the events, so its zone may already be there). */
  deadline(commitment: CommitmentDTO & { deadlineAt: string }): string {
    const parts = this.zone(commitment.timeZone, commitment.deadlineAt);
    parts.push(deadlineEvent(commitment, this.options.origin).toString());
    return `${parts.join('\r\n')}\r\n`;
  }

  end(): string {
    return 'END:VCALENDAR\r\n';
  }
}
