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
  'duration_minutes',
  'duration_bound',
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
  'country_party',
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
    duration_minutes: event.durationMinutes?.toString() ?? '',
    duration_bound: event.durationMinutes ? event.durationBound : '',
    starts_at_utc: event.startsAt,
    ends_at_utc: event.endsAt ?? '',
    kind: event.kind,
    title: event.title,
    summary: event.summary,
    status: event.status,
    parties: event.parties.map((p) => `${p.name} (${PARTY_ROLE_LABELS[p.role].toLowerCase()})`).join(LIST_SEPARATOR),
    party_roles: event.parties.map((p) => `${p.slug}:${p.role}`).join(LIST_SEPARATOR),
    people: event.people
      .map((p) => `${p.name} (${[PERSON_ROLE_LABELS[p.role].toLowerCase(), p.title].filter(Boolean).join(', ')})`)
      .join(LIST_SEPARATOR),
    person_roles: event.people
      .map((p) => [p.slug, p.role, p.party?.slug].filter(Boolean).join(':'))
      .join(LIST_SEPARATOR),
    topics: event.topics.map((t) => t.name).join(LIST_SEPARATOR),
    topic_slugs: event.topics.map((t) => t.slug).join(LIST_SEPARATOR),
    location: event.location?.name ?? '',
    location_slug: event.location?.slug ?? '',
    country: event.location?.country ?? '',
    country_code: event.location?.countryCode ?? '',
    country_party: event.location?.countryParty?.slug ?? '',
    latitude: event.location?.latitude?.toString() ?? '',
    longitude: event.location?.longitude?.toString() ?? '',
    source_titles: sources.map((s) => s.title).join(LIST_SEPARATOR),
    source_urls: sources
      .map((s) => s.url ?? '')
      .filter(Boolean)
      .join(' '),
    version: String(event.version),
    updated_at: event.updatedAt,
  };
}

/**
 * A cell a spreadsheet would run as a formula (OWASP's CSV injection: `=`, `+`, `-`, `@`, tab or
 * CR first) gets a leading apostrophe, which spreadsheets show as text; so does a cell that
 * already starts with one, so that an import can take exactly one off again. Plain numbers
 * (a negative longitude) stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

export function guardFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The cell as stored, for an import of Parley's own export. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Every field holding a CR or LF is quoted, so a line break inside a cell never ends a row; formulas are guarded. */
export function csvLines(rows: string[][]): Promise<string> {
  const guarded = rows.map((row) => row.map(guardFormula));
  return new Promise((resolve, reject) =>
    stringify(guarded, { record_delimiter: 'windows', quoted_match: /[\r\n]/ }, (error, text) =>
      error ? reject(error) : resolve(text),
    ),
  );
}

/**
 * The CSV text of a stream of event pages. Starts with a UTF-8 byte order mark: without it
 * Excel reads the file in the system's legacy code page and shows "Méheut" as "MÃ©heut";
 * LibreOffice, Google Sheets, pandas and csv-parse (with `bom: true`) all skip it. CRLF line
 * ends are RFC 4180's; fields with commas, quotes or line breaks are quoted; formulas are guarded.
 */
export async function* eventCsv(pages: AsyncIterable<EventDTO[]>): AsyncGenerator<string> {
  yield `\uFEFF${await csvLines([[...CSV_COLUMNS]])}`;
  for await (const page of pages) {
    yield await csvLines(
      page.map((event) => {
        const record = eventCsvRecord(event);
        return CSV_COLUMNS.map((column) => record[column]);
      }),
    );
  }
}
