// The answers behind the export and subscription URLs: the timeline's filters from the query
// string, conditional GET (ETag and Last-Modified, so feed readers and calendars re-download
// only after a change), and a body streamed page by page.
import { createHash } from 'node:crypto';
import { commitmentSetVersion, listDeadlines, recentStatusChanges } from '@/db/queries/commitments';
import type { EventFilters } from '@/db/queries/events';
import {
  eventSetVersion,
  listRecentlyChanged,
  streamEventDetails,
  streamEvents,
  type EventSetVersion,
} from '@/db/queries/event-stream';
import { siteOrigin } from '@/lib/auth/origin';
import { invalidInput } from '@/lib/errors';
import { ifNoneMatchNames } from '@/lib/http';
import { filterWords } from '@/lib/filter-words';
import { parseEventQuery, toEventFilters, type EventQuery } from '@/lib/validation/filters';
import { commitmentFilters } from './commitment-filters';
import { ATOM_CONTENT_TYPE, eventAtom, FEED_LENGTH } from './event-atom';
import { CSV_CONTENT_TYPE, eventCsv } from './event-csv';
import { eventJson, JSON_CONTENT_TYPE } from './event-json';
import { ICS_CONTENT_TYPE, IcsWriter } from './event-ics';
import { streamBody } from './stream';

type Format = 'csv' | 'json' | 'ics' | 'atom';
const FEED_MAX_AGE_SECONDS = 300;

type Prepared = {
  query: EventQuery;
  filters: EventFilters;
  version: EventSetVersion;
  etag: string;
  headers: Headers;
  notModified: boolean;
  origin: string;
  selfUrl: string;
};

/** The filters that apply to an export: paging parameters mean nothing to a whole-set answer. */
function exportQuery(url: URL): EventQuery {
  const params = new URLSearchParams(url.searchParams);
  params.delete('limit');
  params.delete('cursor');
  const parsed = parseEventQuery(params);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

/** What a calendar or feed reader shows as the name. */
export async function describeFilters(query: EventQuery): Promise<string> {
  const words = await filterWords(query);
  return words ? `Parley events: ${words}` : 'Parley events';
}

function fileName(query: EventQuery, extension: string): string {
  const slugs = [
    ...query.party,
    ...query.topic,
    ...query.person,
    ...query.location,
    ...query.kind.map((k) => k.replace(/_/g, '-')),
  ].slice(0, 6);
  return `parley-events${slugs.length ? `-${slugs.join('-')}` : ''}.${extension}`;
}

function mixIn(version: EventSetVersion, commitments: { lastModified: string | null; fingerprint: string }): void {
  version.fingerprint = `${version.fingerprint}|${commitments.fingerprint}`;
  version.lastModified =
    [version.lastModified, commitments.lastModified]
      .filter((at): at is string => at !== null)
      .sort()
      .at(-1) ?? null;
}

function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}

/** Validates the filters (an unknown slug fails here, before any byte is sent) and settles 304s. */
async function prepare(request: Request, format: Format, attachment: boolean): Promise<Prepared> {
  const url = new URL(request.url);
  const query = exportQuery(url);
  const filters = toEventFilters(query);
  const version = await eventSetVersion({ filters });
  // The calendar carries deadlines and the feed status changes: a change to a commitment is a change to them.
  if (format === 'ics' || format === 'atom') mixIn(version, await commitmentSetVersion());
  // Links point where readers reach this site, not at the address the server listens on.
  const origin = siteOrigin(request.headers) ?? url.origin;
  const etag = `"${createHash('sha256').update(`${format}|${origin}|${url.search}|${version.fingerprint}`).digest('base64url').slice(0, 27)}"`;
  const headers = new Headers({
    ETag: etag,
    'Cache-Control': attachment ? 'no-cache' : `public, max-age=${FEED_MAX_AGE_SECONDS}`,
    Vary: 'Accept-Encoding',
  });
  if (version.lastModified) headers.set('Last-Modified', httpDate(version.lastModified));
  const ifNoneMatch = request.headers.get('if-none-match');
  const ifModifiedSince = request.headers.get('if-modified-since');
  const notModified = ifNoneMatch
    ? ifNoneMatchNames(ifNoneMatch, etag)
    : Boolean(
        ifModifiedSince &&
        version.lastModified &&
        Math.floor(Date.parse(version.lastModified) / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000),
      );
  return {
    query,
    filters,
    version,
    etag,
    headers,
    notModified,
    origin,
    selfUrl: `${origin}${url.pathname}${url.search}`,
  };
}

function answer(
  prepared: Prepared,
  contentType: string,
  body: ReadableStream<Uint8Array> | string,
  download?: string,
): Response {
  if (prepared.notModified) return new Response(null, { status: 304, headers: prepared.headers });
  prepared.headers.set('Content-Type', contentType);
  if (download) prepared.headers.set('Content-Disposition', `attachment; filename="${download}"`);
  return new Response(body, { status: 200, headers: prepared.headers });
}

export async function csvExport(request: Request): Promise<Response> {
  const prepared = await prepare(request, 'csv', true);
  return answer(
    prepared,
    CSV_CONTENT_TYPE,
    streamBody(eventCsv(streamEvents({ filters: prepared.filters }))),
    fileName(prepared.query, 'csv'),
  );
}

export async function jsonExport(request: Request): Promise<Response> {
  const prepared = await prepare(request, 'json', true);
  return answer(
    prepared,
    JSON_CONTENT_TYPE,
    streamBody(eventJson(streamEventDetails({ filters: prepared.filters }))),
    fileName(prepared.query, 'json'),
  );
}

async function* icsText(writer: IcsWriter, filters: EventFilters): AsyncGenerator<string> {
  yield writer.head();
  for await (const page of streamEvents({ filters })) yield page.map((event) => writer.event(event)).join('');
  const deadlines = commitmentFilters(filters);
  if (deadlines)
    for (const commitment of await listDeadlines({ filters: deadlines }))
      yield writer.deadline({ ...commitment, deadlineAt: commitment.deadlineAt! });
  yield writer.end();
}

/** A downloaded .ics file, or (as a subscription) the same calendar with a refresh interval. */
export async function icsExport(request: Request, { subscription = false } = {}): Promise<Response> {
  const prepared = await prepare(request, 'ics', !subscription);
  const writer = new IcsWriter({
    name: await describeFilters(prepared.query),
    origin: prepared.origin,
    refreshHours: subscription ? 1 : undefined,
  });
  return answer(
    prepared,
    ICS_CONTENT_TYPE,
    streamBody(icsText(writer, prepared.filters)),
    subscription ? undefined : fileName(prepared.query, 'ics'),
  );
}

export async function atomFeed(request: Request): Promise<Response> {
  const prepared = await prepare(request, 'atom', false);
  if (prepared.notModified) return answer(prepared, ATOM_CONTENT_TYPE, '');
  const events = await listRecentlyChanged({ filters: prepared.filters, limit: FEED_LENGTH });
  const commitments = commitmentFilters(prepared.filters);
  const statusChanges = commitments ? await recentStatusChanges({ filters: commitments, limit: FEED_LENGTH }) : [];
  const title = await describeFilters(prepared.query);
  return answer(
    prepared,
    ATOM_CONTENT_TYPE,
    eventAtom({
      events,
      statusChanges,
      title,
      selfUrl: prepared.selfUrl,
      origin: prepared.origin,
      updated: prepared.version.lastModified,
    }),
  );
}
