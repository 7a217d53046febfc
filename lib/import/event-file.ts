// What an import file may hold, in the export's own formats: JSON items shaped as the API
// answers (names, ids and clocks are ignored; slugs are what count) and CSV rows with the
// export's columns. Both become the same rows for db/queries/event-import.
import { parse, type Options } from 'csv-parse/sync';
import { z } from 'zod';
import { DURATION_BOUNDS, EVENT_KINDS, EVENT_STATUSES, PARTY_ROLES, PERSON_ROLES, PRECISIONS } from '@/db/enums';
import type { ImportRejection, ImportRow, KeptPart } from '@/db/queries/event-import';
import { fieldErrors } from '@/lib/errors';
import { forEachYielding } from '@/db/event-loop';
import { localSpan, wallTimeToInstant } from '@/db/calendar';
import { isValidTimeZone } from '@/lib/time';
import { LIST_SEPARATOR, unguardFormula } from '@/lib/exports/event-csv';
import { claimInputSchema, pointInputSchema } from '@/lib/validation/claims';
import { citationDtoSchema, eventDtoSchema, relatedEventSchema, statusChangeSchema } from '@/lib/validation/dto';
import { eventInputSchema, isInstant } from '@/lib/validation/event';
import { SLUG_PATTERN } from '@/lib/validation/filters';

const slug = z.string().regex(SLUG_PATTERN, 'must be a slug such as "united-states"');
const ref = z.object({ slug });
// An instant without an offset would be read in the server's own zone, so it is refused.
const instant = z
  .string()
  .refine(isInstant, 'must be an ISO 8601 instant with its offset, such as 2025-03-23T14:30:00Z');
const timeZone = z.string().refine(isValidTimeZone, 'must be an IANA time zone such as "Europe/Kyiv"');

const citation = citationDtoSchema.pick({ excerpt: true, attribution: true, confidence: true }).extend({
  note: z.string().default(''),
  attributedTo: ref.nullable().default(null),
  source: ref,
});

/** One item of a JSON import: an event as GET /api/events/{slug} answers it. */
export const eventImportItemSchema = eventDtoSchema
  .pick({ kind: true, title: true, precision: true, status: true })
  .extend({
    slug,
    summary: z.string().default(''),
    startsAt: instant,
    endsAt: instant.nullable().default(null),
    timeZone,
    approximate: z.boolean().default(false),
    endApproximate: z.boolean().default(false),
    // Left out (a file written before durations were kept), the stored duration is kept.
    durationMinutes: z.number().nullable().optional(),
    durationBound: z.enum(DURATION_BOUNDS).optional(),
    version: z.number().int().positive().optional(),
    location: ref.nullable().default(null),
    parties: z.array(z.object({ slug, role: z.enum(PARTY_ROLES) })).default([]),
    people: z.array(z.object({ slug, role: z.enum(PERSON_ROLES), party: ref.nullable().default(null) })).default([]),
    topics: z.array(ref).default([]),
    citations: z.array(citation).optional(),
    related: z.array(relatedEventSchema.pick({ type: true, direction: true }).extend({ event: ref })).optional(),
    statusHistory: z
      .array(
        statusChangeSchema.pick({ status: true, precision: true }).extend({
          effectiveAt: instant,
          note: z.string().default(''),
          claimedBy: ref.nullable().default(null),
          citations: z.array(citation).default([]),
        }),
      )
      .optional(),
    // Through the write API's own schemas: a claim or point imported is one the API would accept.
    claims: z.array(claimInputSchema.extend({ slug, version: z.number().int().positive().optional() })).optional(),
    points: z.array(pointInputSchema.extend({ slug, version: z.number().int().positive().optional() })).optional(),
  })
  .superRefine((item, ctx) => {
    for (const part of ['claims', 'points'] as const) {
      (item[part] ?? []).forEach((record, i) => {
        if (record.event !== item.slug)
          ctx.addIssue({
            code: 'custom',
            path: [part, i, 'event'],
            message: `must be this event's slug, "${item.slug}"`,
          });
      });
    }
  });

type ImportItem = z.output<typeof eventImportItemSchema>;
type CitationItem = z.output<typeof citation>;

const citationInput = (c: CitationItem) => ({
  source: c.source.slug,
  excerpt: c.excerpt,
  attribution: c.attribution,
  attributedTo: c.attributedTo?.slug ?? null,
  confidence: c.confidence,
  note: c.note,
});

export function importRowFromItem(item: ImportItem, line: number): ImportRow {
  const keep: KeptPart[] = [];
  if (!item.citations) keep.push('citations');
  if (!item.related) keep.push('relations');
  if (!item.statusHistory) keep.push('statusHistory');
  if (item.durationMinutes === undefined) keep.push('durationMinutes', 'durationBound');
  return {
    line,
    version: item.version,
    keep,
    claims: item.claims,
    points: item.points,
    input: {
      slug: item.slug,
      kind: item.kind,
      title: item.title,
      summary: item.summary,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      timeZone: item.timeZone,
      precision: item.precision,
      approximate: item.approximate,
      endApproximate: item.endApproximate,
      durationMinutes: item.durationMinutes ?? null,
      durationBound: item.durationBound ?? 'exact',
      status: item.status,
      location: item.location?.slug ?? null,
      parties: item.parties.map((p) => ({ party: p.slug, role: p.role })),
      people: item.people.map((p) => ({ person: p.slug, role: p.role, onBehalfOf: p.party?.slug ?? null })),
      topics: item.topics.map((t) => t.slug),
      citations: (item.citations ?? []).map(citationInput),
      relations: (item.related ?? [])
        .filter((r) => r.direction === 'outgoing')
        .map((r) => ({ type: r.type, event: r.event.slug })),
      statusHistory: (item.statusHistory ?? []).map((s) => ({
        status: s.status,
        effectiveAt: s.effectiveAt,
        precision: s.precision,
        claimedBy: s.claimedBy?.slug ?? null,
        note: s.note,
        citations: s.citations.map(citationInput),
      })),
    },
  };
}

export type ParsedFile = { rows: ImportRow[]; rejected: ImportRejection[] };

function describe(error: z.ZodError): string {
  return Object.entries(fieldErrors(error))
    .map(([field, message]) => `${field} ${message}`)
    .join('; ');
}

/**
 * Adds a row read from the file once the event passes the write API's own schema (lengths,
 * typed-text rules, real dates), holding what that schema makes of it.
 */
function keepIfWritable(parsed: ParsedFile, row: ImportRow): void {
  const result = eventInputSchema.safeParse(row.input);
  if (result.success) parsed.rows.push({ ...row, input: { ...result.data, slug: row.input.slug } });
  else parsed.rejected.push({ line: row.line, slug: row.input.slug, reason: describe(result.error) });
}

/** The line each top-level item of a JSON array (bare, or under "items") starts on. */
function itemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let itemDepth = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      if (itemDepth === -1 && ch === '[') itemDepth = depth + 1;
      else if (depth === itemDepth) lines.push(line);
      depth++;
    } else if (ch === ']' || ch === '}') depth--;
  }
  return lines;
}

export async function parseJsonImport(text: string): Promise<ParsedFile> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      rows: [],
      rejected: [
        { line: 1, slug: null, reason: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` },
      ],
    };
  }
  const items = Array.isArray(data) ? data : (data as { items?: unknown })?.items;
  if (!Array.isArray(items))
    return {
      rows: [],
      rejected: [
        {
          line: 1,
          slug: null,
          reason: 'expected a JSON array of events, or an object with an "items" array (as the JSON export writes)',
        },
      ],
    };
  const lines = itemLines(text);
  const parsed: ParsedFile = { rows: [], rejected: [] };
  await forEachYielding(items, (item, index) => {
    const line = lines[index] ?? 1;
    const result = eventImportItemSchema.safeParse(item);
    if (result.success) keepIfWritable(parsed, importRowFromItem(result.data, line));
    else
      parsed.rejected.push({
        line,
        slug: typeof (item as { slug?: unknown })?.slug === 'string' ? (item as { slug: string }).slug : null,
        reason: describe(result.error),
      });
  });
  return parsed;
}

const csvList = (cell: string) =>
  cell
    .split(LIST_SEPARATOR.trim())
    .map((part) => part.trim())
    .filter(Boolean);
const flag = z.enum(['true', 'false', '']).transform((value) => value === 'true');

const csvRowSchema = z
  .object({
    slug,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-03-23'),
    time: z.union([z.string().regex(/^\d{2}:\d{2}$/, 'must be a time such as 17:30'), z.literal('')]),
    time_zone: timeZone,
    precision: z.enum(PRECISIONS),
    approximate: flag,
    end_date: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2025-03-23'), z.literal('')]),
    end_time: z.union([z.string().regex(/^\d{2}:\d{2}$/, 'must be a time such as 22:30'), z.literal('')]),
    end_approximate: flag,
    // Absent from files exported before durations were kept: the stored duration is kept.
    duration_minutes: z
      .union([z.string().regex(/^\d+$/, 'must be a whole number of minutes'), z.literal('')])
      .optional(),
    duration_bound: z.union([z.enum(DURATION_BOUNDS), z.literal('')]).optional(),
    ends_at_utc: z.string().optional(),
    kind: z.enum(EVENT_KINDS),
    title: z.string().min(1, 'is empty'),
    summary: z.string(),
    status: z.enum(EVENT_STATUSES),
    party_roles: z.string(),
    person_roles: z.string(),
    topic_slugs: z.string(),
    location_slug: z.union([slug, z.literal('')]),
    version: z.union([z.string().regex(/^\d+$/, 'must be a whole number'), z.literal('')]),
  })
  .superRefine((row, ctx) => {
    const timed = row.precision === 'minute' || row.precision === 'hour';
    if (timed && !row.time)
      ctx.addIssue({ code: 'custom', path: ['time'], message: `is needed for ${row.precision} precision` });
    if (!timed && row.time)
      ctx.addIssue({ code: 'custom', path: ['time'], message: `must be empty for ${row.precision} precision` });
    for (const [i, part] of csvList(row.party_roles).entries()) {
      const [party, role] = part.split(':');
      if (!SLUG_PATTERN.test(party ?? '') || !(PARTY_ROLES as readonly string[]).includes(role ?? ''))
        ctx.addIssue({
          code: 'custom',
          path: ['party_roles', i],
          message: `"${part}" must be party-slug:role, role one of ${PARTY_ROLES.join(', ')}`,
        });
    }
    for (const [i, part] of csvList(row.person_roles).entries()) {
      const [person, role, party] = part.split(':');
      if (
        !SLUG_PATTERN.test(person ?? '') ||
        !(PERSON_ROLES as readonly string[]).includes(role ?? '') ||
        (party !== undefined && !SLUG_PATTERN.test(party))
      )
        ctx.addIssue({
          code: 'custom',
          path: ['person_roles', i],
          message: `"${part}" must be person-slug:role or person-slug:role:party-slug`,
        });
    }
    for (const [i, topic] of csvList(row.topic_slugs).entries()) {
      if (!SLUG_PATTERN.test(topic))
        ctx.addIssue({ code: 'custom', path: ['topic_slugs', i], message: `"${topic}" is not a slug` });
    }
  });

/**
 * The end of a CSV row. At week, month or year precision `end_date` is the last day the end's
 * period covers, not the day it begins on, so the exact `ends_at_utc` Parley wrote beside it is
 * taken while `end_date` still agrees with it; a hand-edited `end_date` wins.
 */
function endInstant(row: z.output<typeof csvRowSchema>, startsAt: string, typed: string): string {
  const exact =
    row.ends_at_utc && !Number.isNaN(Date.parse(row.ends_at_utc)) ? new Date(row.ends_at_utc).toISOString() : null;
  if (!exact) return typed;
  const { endDay } = localSpan({ startsAt, endsAt: exact, precision: row.precision, timeZone: row.time_zone });
  return endDay === row.end_date ? exact : typed;
}

function csvRow(row: z.output<typeof csvRowSchema>, line: number): ImportRow {
  const wall = (day: string, clock: string) => wallTimeToInstant(clock ? `${day}T${clock}` : day, row.time_zone);
  return {
    line,
    version: row.version ? Number(row.version) : undefined,
    keep: [
      'citations',
      'relations',
      'statusHistory',
      ...(row.duration_minutes === undefined ? (['durationMinutes', 'durationBound'] as const) : []),
    ],
    input: {
      slug: row.slug,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      startsAt: wall(row.date, row.time),
      endsAt: row.end_date ? endInstant(row, wall(row.date, row.time), wall(row.end_date, row.end_time)) : null,
      timeZone: row.time_zone,
      precision: row.precision,
      approximate: row.approximate,
      endApproximate: row.end_approximate,
      durationMinutes: row.duration_minutes ? Number(row.duration_minutes) : null,
      durationBound: row.duration_bound || 'exact',
      status: row.status,
      location: row.location_slug || null,
      parties: csvList(row.party_roles).map((part) => {
        const [party, role] = part.split(':') as [string, (typeof PARTY_ROLES)[number]];
        return { party, role };
      }),
      people: csvList(row.person_roles).map((part) => {
        const [person, role, party] = part.split(':') as [string, (typeof PERSON_ROLES)[number], string | undefined];
        return { person, role, onBehalfOf: party ?? null };
      }),
      topics: csvList(row.topic_slugs),
    },
  };
}

/**
 * The line each record starts on. csv-parse counts a CRLF inside a quoted field as two lines,
 * so the count runs on a copy with plain LF ends; a record starts where it ends, less the line
 * breaks inside its own fields.
 */
type RecordWithInfo = { record: Record<string, string>; info: { lines: number } };

function recordLines(text: string, options: Options): number[] {
  const records = parse(text.replace(/\r\n?/g, '\n'), { ...options, info: true }) as unknown as RecordWithInfo[];
  return records.map(({ record, info }) => info.lines - (Object.values(record).join('').match(/\n/g)?.length ?? 0));
}

export async function parseCsvImport(text: string): Promise<ParsedFile> {
  const options: Options = { bom: true, columns: true, skip_empty_lines: true };
  let records: Record<string, string>[];
  let lines: number[];
  try {
    records = parse(text, options) as unknown as Record<string, string>[];
    lines = recordLines(text, options);
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return {
      rows: [],
      rejected: [
        {
          line: line ?? 1,
          slug: null,
          reason: `not readable as CSV: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const required = ['slug', 'date', 'time_zone', 'precision', 'kind', 'title', 'status'];
  const missing = required.filter((column) => records.length && !header.includes(column));
  if (missing.length)
    return {
      rows: [],
      rejected: [
        {
          line: 1,
          slug: null,
          reason: `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        },
      ],
    };
  const parsed: ParsedFile = { rows: [], rejected: [] };
  await forEachYielding(records, (record, index) => {
    const line = lines[index];
    const withDefaults = Object.fromEntries(
      Object.keys(csvRowSchema.shape).map((key) => [key, unguardFormula(record[key] ?? '')]),
    );
    const result = csvRowSchema.safeParse(withDefaults);
    if (result.success) keepIfWritable(parsed, csvRow(result.data, line));
    else parsed.rejected.push({ line, slug: record.slug || null, reason: describe(result.error) });
  });
  return parsed;
}
