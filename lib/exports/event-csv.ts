// Events as CSV rows, one per event, with the columns conflict-event datasets use (date, time
// zone, precision, actors, location, coordinates, sources). Readable columns (names, roles in
// words) sit next to the machine columns (slugs) that an import reads back.
import { stringify } from 'csv-stringify';
import type { EventDTO } from '@/db/queries/event-dto';
import { PARTY_ROLE_LABELS, PERSON_ROLE_LABELS } from '@/lib/labels';
import { endPrecision, formatClock, hasClock } from '@/lib/time';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** Separates several values inside one cell; never part of a slug, rare in a name. */
export const LIST_SEPARATOR = '; ';

export const CSV_COLUMNS = [
  'id',
  'slug',
  'date',
  'time',
  'time_zone',
  'precision',
  'approximate',
  'end_date',
  'end_time',
  'end_approximate',
  'starts_at_utc',
  'ends_at_utc',
  'kind',
  'title',
  'summary',
  'status',
  'parties',
  'party_roles',
  'people',
  'person_roles',
  'topics',
  'topic_slugs',
  'location',
  'location_slug',
  'country',
  'country_code',
  'latitude',
  'longitude',
  'source_titles',
  'source_urls',
  'version',
  'updated_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Record<CsvColumn, string>;

export function eventCsvRecord(event: EventDTO): CsvRecord {
  const sources = [...new Map(event.citations.map((c) => [c.source.slug, c.source])).values()];
  return {
    id: String(event.id),
    slug: event.slug,
    date: event.localDate,
    time: hasClock(event.precision) ? formatClock(event.startsAt, event.timeZone) : '',
    time_zone: event.timeZone,
    precision: event.precision,
    approximate: String(event.approximate),
    end_date: event.localEndDate ?? '',
    end_time: event.endsAt && hasClock(endPrecision(event.precision)) ? formatClock(event.endsAt, event.timeZone) : '',
    end_approximate: String(event.endApproximate),
    starts_at_utc: event.startsAt,
    ends_at_utc: event.endsAt ?? '',
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    status: event.status,
    parties: event.parties.map((p) => `${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()})`).join(LIST_SEPARATOR),
    party_roles: event.parties.map((p) => `${p.slug}:${p.role}`).join(LIST_SEPARATOR),
    people: event.people.map((p) => `${p.name} (${[PERSON_ROLE_LABELS[p.role].toLowerCase(), p.title].filter(Boolean).join(', ')})`).join(LIST_SEPARATOR),
    person_roles: event.people.map((p) => [p.slug, p.role, p.party?.slug].filter(Boolean).join(':')).join(LIST_SEPARATOR),
    topics: event.topics.map((t) => t.name).join(LIST_SEPARATOR),
    topic_slugs: event.topics.map((t) => t.slug).join(LIST_SEPARATOR),
    location: event.location?.name ?? '',
    location_slug: event.location?.slug ?? '',
    country: event.location?.country ?? '',
    country_code: event.location?.countryCode ?? '',
    latitude: event.location?.latitude?.toString() ?? '',
    longitude: event.location?.longitude?.toString() ?? '',
    source_titles: sources.map((s) => s.title).join(LIST_SEPARATOR),
    source_urls: sources.map((s) => s.url ?? '').filter(Boolean).join(' '),
    version: String(event.version),
    updated_at: event.updatedAt,
  };
}

function csvLines(rows: string[][]): Promise<string> {
  return new Promise((resolve, reject) => stringify(rows, { record_delimiter: 'windows' }, (error, text) => (error ? reject(error) : resolve(text))));
}

/**
 * The CSV text of a stream of event pages. Starts with a UTF-8 byte order mark: without it
 * Excel reads the file in the system's legacy code page and shows "Méheut" as "MÃ©heut";
 * LibreOffice, Google Sheets, pandas and csv-parse (with `bom: true`) all skip it. CRLF line
 * ends are RFC 4180's; fields with commas, quotes or line breaks are quoted.
 */
export async function* eventCsv(pages: AsyncIterable<EventDTO[]>): AsyncGenerator<string> {
  yield `\uFEFF${await csvLines([[...CSV_COLUMNS]])}`;
  for await (const page of pages) {
    yield await csvLines(page.map((event) => {
      const record = eventCsvRecord(event);
      return CSV_COLUMNS.map((column) => record[column]);
    }));
  }
}
