// Every endpoint of the API, as data: the OpenAPI document and the reference page are both
// generated from this list and from the Zod schemas it names, the same schemas that validate
// requests and describe responses. A new endpoint is documented by adding one entry here.
import { z } from 'zod';
import {
  errorSchema,
  eventDetailSchema,
  eventBinsSchema,
  facetsSchema,
  importReportSchema,
  refusedImportSchema,
  eventPageSchema,
  listOf,
  locationRecordSchema,
  partyDtoSchema,
  personDtoSchema,
  positionDtoSchema,
  sourceDtoSchema,
  topicDtoSchema,
  viewerSchema,
} from '@/lib/validation/dto';
import { claimPageSchema, eventExportSchema, eventReadoutsSchema } from '@/lib/validation/claim-dto';
import { claimQueryShape, readoutsQuerySchema } from '@/lib/validation/claims-query';
import { commitmentDtoSchema, commitmentPageSchema } from '@/lib/validation/commitment-dto';
import { commitmentStatusInputSchema } from '@/lib/validation/commitments';
import { commitmentQuerySchema } from '@/lib/validation/commitments-query';
import { binCountSchema } from '@/lib/validation/event-bins';
import { asOfQuerySchema } from '@/lib/validation/as-of';
import { changesQueryShape, changesSchema, DEFAULT_WINDOW_DAYS } from '@/lib/validation/changes';
import { CHANGES_LIMIT } from '@/db/queries/changes';
import { eventQuerySchema } from '@/lib/validation/filters';
import { extractRequestSchema, extractResponseSchema, MAX_EXTRACT_CHARACTERS } from '@/lib/validation/extract';
import { positionsQuerySchema } from '@/lib/validation/positions-query';
import { versionOnly, WRITE_SCHEMAS } from '@/lib/validation/writes';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

export type ResponseSpec = {
  description: string;
  /** A registered schema (with a `.meta({ id })`), or a media type answered as plain text. */
  body?: { schema: z.ZodType; contentType?: string } | { text: string };
  headers?: Record<string, string>;
};

export type Operation = {
  method: HttpMethod;
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Query parameters: the shape of the schema that parses them, one parameter per key. */
  query?: Record<string, z.ZodType>;
  /** Descriptions for query parameters the schema alone does not explain. */
  queryDescriptions?: Record<string, string>;
  pathParams?: Record<string, z.ZodType>;
  requestBody?: { schema: z.ZodType; contentType?: string; description?: string };
  /** 'session' or 'bearer' for writes (sign-in cookie, or a personal API token); reads are public. */
  security?: readonly ('session' | 'bearer')[];
  responses: Record<number, ResponseSpec>;
};

const FILTER_DESCRIPTIONS: Record<string, string> = {
  party: 'Party slugs; repeat the parameter or separate with commas. Several values are alternatives.',
  topic: 'Topic slugs, as for party.',
  person: 'Person slugs, as for party.',
  partyMatch:
    'any (the default): events with at least one of the chosen parties; all: events in which every chosen party takes part (Russia and the United States).',
  personMatch: 'any or all, as partyMatch, for the chosen people.',
  location: 'Location slugs (venues), as for party.',
  kind: 'Event kinds, as for party.',
  from: 'A date (2025-03-23: that calendar day in each event’s own time zone) or an ISO 8601 instant; keeps events whose last local day (or uncertain span) reaches it.',
  to: 'A date, inclusive (events whose first local day is on or before it), or an ISO 8601 instant, exclusive.',
  q: 'Full-text search over titles, summaries and cited excerpts; "quotes" make a phrase.',
  limit: 'Page size.',
  cursor: 'The previous page’s nextCursor.',
  asOf: 'The archive as Parley held it then: a date (2025-03-24: the end of that day, UTC) or an ISO 8601 instant (UTC unless it has an offset). Records created later are absent, records deleted later present, each field at its value then; filters apply to that state and q becomes a word match over titles and summaries.',
};

const CHANGES_DESCRIPTIONS: Record<string, string> = {
  since: `The window's start, exclusive: a date (its first moment, UTC) or an ISO 8601 instant (UTC unless it has an offset). Default: ${DEFAULT_WINDOW_DAYS} days before until.`,
  until: 'The window’s end, inclusive: a date (its last moment, UTC) or an instant. Default: now.',
  party:
    'Party slugs: changes to events naming them, claims they make or commitments they give, before or after the change.',
  topic: 'Topic slugs, as for party.',
  kind: 'Event kinds; with it, only events are listed.',
};

const badRequest: ResponseSpec = {
  description: 'A parameter is invalid; `fields` names it',
  body: { schema: errorSchema },
};
const notModified: ResponseSpec = { description: 'Not changed since the ETag or date the client sent' };
const cacheHeaders = {
  ETag: 'Changes whenever the answer would',
  'Last-Modified': 'The newest change to a record the answer shows',
};

/** A JSON read (lib/http.ts cachedJson): its 200 names its ETag, and a matching If-None-Match gets a 304. */
const revalidated = (ok: ResponseSpec): Record<number, ResponseSpec> => ({
  200: {
    ...ok,
    headers: {
      ETag: 'A hash of the body: another one whenever a write changes the answer',
      'Cache-Control': 'no-cache: a cache must ask again each time',
    },
  },
  304: { description: 'Unchanged since the ETag sent in If-None-Match' },
});

/** The filters an export or feed applies: the timeline's, without paging. */
const { limit: _limit, cursor: _cursor, ...filtersWithoutPaging } = eventQuerySchema.shape;

const exportOperation = (
  path: string,
  operationId: string,
  summary: string,
  description: string,
  body: ResponseSpec['body'],
  tag = 'Exports',
): Operation => ({
  method: 'get',
  path,
  operationId,
  tag,
  summary,
  description,
  query: filtersWithoutPaging,
  queryDescriptions: FILTER_DESCRIPTIONS,
  responses: {
    200: { description: 'Every matching event, in time order, streamed', body, headers: cacheHeaders },
    304: notModified,
    400: badRequest,
  },
});

const WRITABLE = {
  events: 'event',
  parties: 'party',
  people: 'person',
  topics: 'topic',
  locations: 'location',
  sources: 'source',
  claims: 'claim',
  points: 'point',
  commitments: 'commitment',
} as const;

/** "an event", "a party": the article the kind's name takes. */
const withArticle = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
const keyParam = { key: z.string().max(200).describe('the numeric id or the slug') };
const writeErrors: Record<number, ResponseSpec> = {
  400: {
    description: 'The body is invalid; `fields` names each field at fault by its path',
    body: { schema: errorSchema },
  },
  401: {
    description: 'Not signed in, or the API token is unknown, revoked or its account disabled',
    body: { schema: errorSchema },
  },
  403: {
    description: 'The account lacks the role, or a cookie-carried write came from another site',
    body: { schema: errorSchema },
  },
  413: { description: 'The body is over 1 MB', body: { schema: errorSchema } },
  415: { description: 'The body is not JSON', body: { schema: errorSchema } },
  503: {
    description: 'An import is being written (or the database stayed busy); nothing was written, try again shortly',
    body: { schema: errorSchema },
  },
};

/** POST, PATCH and DELETE of one record kind: a signed-in analyst, or a script with a personal API token. */
function writeOperations(path: keyof typeof WRITABLE): Operation[] {
  const kind = WRITABLE[path];
  const name = `${kind[0].toUpperCase()}${kind.slice(1)}`;
  const common = { tag: 'Writes', security: ['session', 'bearer'] as const };
  return [
    {
      ...common,
      method: 'post',
      path: `/api/${path}`,
      operationId: `create${name}`,
      summary: `Create ${withArticle(kind)}`,
      requestBody: { schema: WRITE_SCHEMAS[kind] },
      responses: { 201: { description: `The saved ${kind}` }, ...writeErrors },
    },
    {
      ...common,
      method: 'patch',
      path: `/api/${path}/{key}`,
      operationId: `update${name}`,
      summary: `Replace ${withArticle(kind)}’s content, if it is still at \`version\``,
      description:
        'A list the body leaves out is kept as stored; send it empty to clear it. So are an event’s `durationMinutes` and `durationBound` and a location’s `countryParty`. A body that changes nothing writes nothing (no new version, no revision). The record as GET answers it is accepted as it is: read-only fields are ignored and records named as objects are read by their `slug`.',
      pathParams: keyParam,
      requestBody: {
        schema: WRITE_SCHEMAS[kind].and(versionOnly),
        description: 'The new content, with the version it was based on',
      },
      responses: {
        200: { description: `The saved ${kind}` },
        ...writeErrors,
        404: { description: 'No such record', body: { schema: errorSchema } },
        409: { description: 'Someone saved a newer version first; nothing was written', body: { schema: errorSchema } },
      },
    },
    {
      ...common,
      method: 'delete',
      path: `/api/${path}/{key}`,
      operationId: `delete${name}`,
      summary: `Delete ${withArticle(kind)} (an admin can restore it)`,
      pathParams: keyParam,
      query: versionOnly.shape,
      responses: {
        204: { description: 'Deleted' },
        ...writeErrors,
        404: { description: 'No such record', body: { schema: errorSchema } },
        409: { description: 'Someone saved a newer version first; nothing was deleted', body: { schema: errorSchema } },
      },
    },
  ];
}

/** GET of one record, answered as the list shows it. */
function recordRead(path: keyof typeof WRITABLE, kind: string, schema: z.ZodType): Operation {
  return {
    method: 'get',
    path: `/api/${path}/{key}`,
    operationId: `get${kind[0].toUpperCase()}${kind.slice(1)}`,
    tag: 'Directory',
    summary: `One ${kind}, as the list shows it`,
    pathParams: keyParam,
    responses: {
      ...revalidated({ description: `The ${kind}`, body: { schema } }),
      404: { description: `No live ${kind} has this id or slug`, body: { schema: errorSchema } },
    },
  };
}

export const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/events',
    operationId: 'listEvents',
    tag: 'Events',
    summary: 'Events in time order, filtered and paged',
    description:
      'Different filters must all hold; several values of one filter are alternatives, except parties and people with partyMatch=all or personMatch=all. Pages follow a keyset cursor.',
    query: eventQuerySchema.shape,
    queryDescriptions: FILTER_DESCRIPTIONS,
    responses: {
      ...revalidated({ description: 'One page of events', body: { schema: eventPageSchema } }),
      400: badRequest,
    },
  },
  {
    method: 'get',
    path: '/api/events/facets',
    operationId: 'countEventFacets',
    tag: 'Events',
    summary: 'How many events each filter choice gives, and how they spread over time',
    description:
      'Each party, topic, person, location and kind is counted with the other filters held (faceted counts); under partyMatch=all (personMatch=all) a party’s (person’s) count is the events that choosing it as well would leave. The histogram is by day, week, month or year depending on the range. Kept until the data changes.',
    query: filtersWithoutPaging,
    queryDescriptions: FILTER_DESCRIPTIONS,
    responses: { ...revalidated({ description: 'The counts', body: { schema: facetsSchema } }), 400: badRequest },
  },
  {
    method: 'get',
    path: '/api/events/bins',
    operationId: 'countEventBins',
    tag: 'Events',
    summary: 'How many events start in each stretch of a window: the time axis',
    description:
      'The window is `from`–`to` (the same bounds that filter the events), or the matching events’ extent; it is cut into `bins` equal stretches, counted overall and per lane. With at most 300 events in the window, they come too.',
    query: {
      ...filtersWithoutPaging,
      bins: binCountSchema.describe('how many equal stretches to cut the window into'),
    },
    queryDescriptions: FILTER_DESCRIPTIONS,
    responses: { ...revalidated({ description: 'The counts', body: { schema: eventBinsSchema } }), 400: badRequest },
  },
  {
    method: 'post',
    path: '/api/imports',
    operationId: 'importEvents',
    tag: 'Writes',
    security: ['session', 'bearer'],
    summary: 'Import a JSON or CSV export: check it (dry run), or write all of it or none',
    description:
      'Events are matched by slug; an unchanged event is left alone, so importing the same file twice changes nothing. A check answers 200 whatever it finds; an import answers 200 only when it wrote every row.',
    requestBody: {
      contentType: 'multipart/form-data',
      schema: z.object({
        file: z.string().describe('the export file, .json or .csv, up to 20 MB'),
        dryRun: z.enum(['true', 'false']).optional().describe('"true": report only, write nothing'),
      }),
    },
    responses: {
      200: {
        description: 'What was (or would be) created, updated, left unchanged and rejected, each with its line',
        body: { schema: importReportSchema },
      },
      ...writeErrors,
      400: {
        description:
          'Not a multipart upload with a file; or, for an import (not a check), rows were rejected: nothing was written, and `report` lists them',
        body: { schema: refusedImportSchema },
      },
      413: { description: 'The file is over 20 MB', body: { schema: errorSchema } },
      415: { description: 'The file is not a .json or .csv export', body: { schema: errorSchema } },
    },
  },
  {
    method: 'post',
    path: '/api/extract',
    operationId: 'extractFromSource',
    tag: 'Writes',
    security: ['session', 'bearer'],
    summary:
      'Read a pasted source into proposals for a draft event: dates, people, parties, places, topics and attributed sentences',
    description: `Nothing is saved. Dates are resolved against \`publishedAt\` in the dateline’s or the publisher’s zone; names are matched against Parley’s records (names, other names, surnames), and names it does not hold come back with \`slug: null\`. The text may be up to ${MAX_EXTRACT_CHARACTERS} characters.`,
    requestBody: { schema: extractRequestSchema },
    responses: {
      200: { description: 'The proposals, each with its offset in the text', body: { schema: extractResponseSchema } },
      ...writeErrors,
    },
  },
  {
    method: 'get',
    path: '/api/bench/floor',
    operationId: 'benchFloor',
    tag: 'Benchmarks',
    summary: 'A constant answer that touches no data: the floor `npm run bench` measures against',
    responses: {
      200: {
        description: 'Always the same small JSON body',
        body: { schema: z.object({ ok: z.literal(true), probe: z.literal('bench-floor') }).meta({ id: 'BenchFloor' }) },
      },
    },
  },
  {
    method: 'get',
    path: '/api/viewer',
    operationId: 'getViewer',
    tag: 'Accounts',
    summary:
      'Who this browser is signed in as: the pages are the same for everyone, and show analysts their controls from this',
    responses: {
      200: {
        description: 'The signed-in account’s name and role, or null; never stored by a cache',
        body: { schema: viewerSchema },
      },
    },
  },
  {
    method: 'get',
    path: '/api/events/{key}',
    operationId: 'getEvent',
    tag: 'Events',
    summary: 'One event with its related events and status history',
    pathParams: { key: z.string().max(200).describe('the numeric id or the slug') },
    query: asOfQuerySchema.shape,
    queryDescriptions: { asOf: FILTER_DESCRIPTIONS.asOf },
    responses: {
      ...revalidated({ description: 'The event', body: { schema: eventDetailSchema } }),
      400: badRequest,
      404: {
        description: 'No live event has this id or slug (or none had, as of asOf)',
        body: { schema: errorSchema },
      },
    },
  },
  {
    method: 'get',
    path: '/api/parties',
    operationId: 'listParties',
    tag: 'Directory',
    summary: 'Every party, with how many events name it',
    responses: {
      ...revalidated({ description: 'All parties', body: { schema: listOf(partyDtoSchema, 'PartyList') } }),
    },
  },
  {
    method: 'get',
    path: '/api/people',
    operationId: 'listPeople',
    tag: 'Directory',
    summary: 'Every person, with their titles over time',
    responses: {
      ...revalidated({ description: 'All people', body: { schema: listOf(personDtoSchema, 'PersonList') } }),
    },
  },
  {
    method: 'get',
    path: '/api/topics',
    operationId: 'listTopics',
    tag: 'Directory',
    summary: 'Every topic',
    responses: { ...revalidated({ description: 'All topics', body: { schema: listOf(topicDtoSchema, 'TopicList') } }) },
  },
  {
    method: 'get',
    path: '/api/sources',
    operationId: 'listSources',
    tag: 'Directory',
    summary: 'Every source, with authors and syndication',
    responses: {
      ...revalidated({ description: 'All sources', body: { schema: listOf(sourceDtoSchema, 'SourceList') } }),
    },
  },
  {
    method: 'get',
    path: '/api/locations',
    operationId: 'listLocations',
    tag: 'Directory',
    summary: 'Every location, with how many events took place there',
    responses: {
      ...revalidated({ description: 'All locations', body: { schema: listOf(locationRecordSchema, 'LocationList') } }),
    },
  },
  recordRead('parties', 'party', partyDtoSchema),
  recordRead('people', 'person', personDtoSchema),
  recordRead('topics', 'topic', topicDtoSchema),
  recordRead('locations', 'location', locationRecordSchema),
  recordRead('sources', 'source', sourceDtoSchema),
  {
    method: 'get',
    path: '/api/positions',
    operationId: 'listPositions',
    tag: 'Directory',
    summary: 'Parties’ stated positions on topics, with their sources',
    description: 'By party name, then topic name, newest first.',
    query: positionsQuerySchema.shape,
    queryDescriptions: {
      party: 'One party slug: only that party’s positions. An unknown slug is a 400, not an empty list.',
    },
    responses: {
      ...revalidated({ description: 'The positions', body: { schema: listOf(positionDtoSchema, 'PositionList') } }),
      400: badRequest,
    },
  },
  {
    method: 'get',
    path: '/api/claims',
    operationId: 'listClaims',
    tag: 'Claims',
    summary: 'What the parties say: attributed claims with their exact quotes, filtered and paged',
    description:
      'In the time order of the events they are about, then in the order they were entered (or the reverse, with order=newest). Different filters must all hold; several values of one filter are alternatives. Pages follow a keyset cursor.',
    query: claimQueryShape,
    queryDescriptions: {
      ...FILTER_DESCRIPTIONS,
      event: 'Event slugs: claims about these sessions or events, as for party.',
      party: 'Slugs of the parties making the claims, as for the timeline.',
      person: 'Slugs of the people speaking for the parties.',
      topic: 'Topic slugs of the claims.',
      kind: 'Claim kinds: assertion, commitment, demand, denial, assessment.',
      from: 'As for the timeline: claims about events whose uncertain span reaches it.',
      q: 'Full-text search over the claims’ quotes and paraphrases; "quotes" make a phrase.',
      order:
        'oldest (the default): the time order of the events; newest: the latest first, as on party and person pages. A cursor pages in the order it was issued for.',
    },
    responses: {
      ...revalidated({ description: 'One page of claims', body: { schema: claimPageSchema } }),
      400: badRequest,
    },
  },
  {
    method: 'get',
    path: '/api/events/{key}/readouts',
    operationId: 'getEventReadouts',
    tag: 'Claims',
    summary: 'A session as the parties tell it: each readout with its claims, and the points compared across them',
    description:
      'A readout is a source of kind readout with an issuing party that the event cites or that a claim about it quotes. Each point carries the alignment the analysts recorded and, computed, `omittedBy`: the parties with a readout of the session that make no claim on it.',
    pathParams: keyParam,
    query: readoutsQuerySchema.shape,
    queryDescriptions: {
      format:
        'Leave out for the answer below. `json` downloads the same answer as a file; `csv` downloads the comparison as a spreadsheet (UTF-8 with a byte order mark, CRLF line ends, formulas guarded with a leading apostrophe): one row per party on each point (one per claim where it makes several) with the columns event, point, point_slug, alignment, alignment_label (in words, such as "Only Russia’s account sets a condition"), party, party_slug, status (claim, or omitted for a party with a readout that says nothing on the point), kind, speaker, claim, quote, source_title, source_url, claim_slug; then the claims no point groups, under the point "Said only in one account".',
    },
    responses: {
      ...revalidated({
        description: 'The readouts and points (with format=csv, text/csv as described under format)',
        body: { schema: eventReadoutsSchema },
      }),
      400: badRequest,
      404: { description: 'No live event has this id or slug', body: { schema: errorSchema } },
    },
  },
  {
    method: 'get',
    path: '/api/commitments',
    operationId: 'listCommitments',
    tag: 'Commitments',
    summary: 'What the parties undertook, with status, deadline and status history, filtered and paged',
    description:
      'Soonest deadline first, those without one last. Different filters must all hold; several values of one filter are alternatives. Pages follow a keyset cursor.',
    query: commitmentQuerySchema.shape,
    queryDescriptions: {
      party: 'Slugs of parties that commit, as for the timeline.',
      topic: 'Topic slugs.',
      event: 'Slugs of the sessions or agreements they came from.',
      status:
        'Reported statuses: proposed, agreed_in_principle, agreed, in_force, partly_implemented, implemented, violated, lapsed, withdrawn.',
      due_before: 'Deadlines before this instant (a date means its midnight UTC).',
      due_after: 'Deadlines at or after this instant.',
      q: 'Words in the commitment’s text.',
      asOf: 'The tracker as Parley held it then: a date (the end of that day, UTC) or an ISO 8601 instant. Commitments entered later are absent, deleted later present, each with its text, deadline and status then; the filters test that state.',
      limit: 'Page size.',
      cursor: 'The previous page’s nextCursor.',
    },
    responses: {
      ...revalidated({ description: 'One page of commitments', body: { schema: commitmentPageSchema } }),
      400: badRequest,
    },
  },
  {
    method: 'get',
    path: '/api/commitments/{key}',
    operationId: 'getCommitment',
    tag: 'Commitments',
    summary: 'One commitment, as the list shows it',
    pathParams: keyParam,
    query: asOfQuerySchema.shape,
    queryDescriptions: {
      asOf: 'The commitment as Parley held it then (a date: the end of that day, UTC), its status and history then.',
    },
    responses: {
      ...revalidated({ description: 'The commitment', body: { schema: commitmentDtoSchema } }),
      400: badRequest,
      404: {
        description: 'No live commitment has this id or slug (or none had, as of asOf)',
        body: { schema: errorSchema },
      },
    },
  },
  {
    method: 'post',
    path: '/api/commitments/{key}/status',
    operationId: 'addCommitmentStatus',
    tag: 'Writes',
    security: ['session', 'bearer'],
    summary: 'Record a change of a commitment’s status, dated and sourced',
    description:
      'A new version of the commitment with its revision. `at` without an offset is read in the commitment’s zone. Without `claimedBy` it is the reported status (the commitment’s `status` becomes the latest reported one); with it, that party’s own claim, shown beside the reported status where they differ.',
    pathParams: keyParam,
    requestBody: {
      schema: commitmentStatusInputSchema,
      description: 'The change, with the version of the commitment it was based on',
    },
    responses: {
      201: { description: 'The commitment with its new history', body: { schema: commitmentDtoSchema } },
      ...writeErrors,
      404: { description: 'No such commitment', body: { schema: errorSchema } },
      409: { description: 'Someone saved a newer version first; nothing was written', body: { schema: errorSchema } },
    },
  },
  exportOperation(
    '/api/exports/events.csv',
    'exportEventsCsv',
    'CSV of the matching events, one row per event',
    'UTF-8 with a byte order mark (so Excel reads accents), CRLF line ends, a header row. Columns: id, slug, local date and time in the event’s time zone, precision, kind, title, summary, status, parties and people with roles (in words, and as slug:role for re-import), topics, location, country, latitude, longitude, source titles and URLs, version. Several values in one cell are separated by "; ".',
    { text: 'text/csv' },
  ),
  exportOperation(
    '/api/exports/events.json',
    'exportEventsJson',
    'JSON of the matching events, each as GET /api/events/{key} answers it, with its claims and points',
    'The format `npm run db:import` and the import page read back. Each event carries its claims and points in the shape POST /api/claims and /api/points read, with their slugs (points name their claims by slug); an import creates those it does not know and updates those it does, and never deletes one the file leaves out.',
    { schema: listOf(eventExportSchema, 'EventExport'), contentType: 'application/json' },
  ),
  exportOperation(
    '/api/exports/events.ics',
    'exportEventsIcs',
    'iCalendar (RFC 5545) of the matching events',
    'Timed events in their own time zone (TZID with a VTIMEZONE); day precision and coarser as all-day entries; UID = slug@parley, so importing again updates entries.',
    { text: 'text/calendar' },
  ),
  exportOperation(
    '/feeds/events.ics',
    'subscribeEventsIcs',
    'Calendar subscription of the matching events',
    'As the .ics export, with REFRESH-INTERVAL and caching headers for calendar apps that poll.',
    { text: 'text/calendar' },
    'Feeds',
  ),
  exportOperation(
    '/feeds/events.atom',
    'subscribeEventsAtom',
    'Atom feed of newly added or changed matching events',
    'The 50 most recently changed events, newest first; an entry’s id is the event’s slug, so an edit updates the entry.',
    { text: 'application/atom+xml' },
    'Feeds',
  ),
  {
    method: 'get',
    path: '/og/timeline',
    operationId: 'previewTimelineView',
    tag: 'Feeds',
    summary: 'The link-preview image of a timeline view',
    description: [
      'A 1200×630 PNG naming the view’s filters in words and how many events it holds, as the timeline’s `og:image` points to.',
      'Drawn by this server in its own font; values the timeline would drop are dropped here too, so it never answers 400.',
    ].join(' '),
    query: filtersWithoutPaging,
    queryDescriptions: FILTER_DESCRIPTIONS,
    responses: { 200: { description: 'The image', body: { text: 'image/png' } } },
  },
  {
    method: 'get',
    path: '/api/changes',
    operationId: 'listChanges',
    tag: 'Events',
    summary:
      'What changed in a window: events, claims and commitments added, changed (field by field, with who and when) and removed',
    description: `Each event, claim and commitment (a status change is a change of its \`status\` and \`statusHistory\`) with a revision in the window, compared as Parley held it at the start and at the end. A record added and removed within the window is left out. The latest ${CHANGES_LIMIT} are listed.`,
    query: changesQueryShape,
    queryDescriptions: CHANGES_DESCRIPTIONS,
    responses: {
      ...revalidated({ description: 'The changes, the latest first', body: { schema: changesSchema } }),
      400: badRequest,
    },
  },
  {
    method: 'get',
    path: '/feeds/changes.atom',
    operationId: 'subscribeChangesAtom',
    tag: 'Feeds',
    summary: 'Atom feed of what changed, removals as RFC 6721 at:deleted-entry tombstones',
    description:
      'The changes GET /api/changes lists, each added or changed record an entry with the id the events feed gives it, each removal a tombstone.',
    query: changesQueryShape,
    queryDescriptions: CHANGES_DESCRIPTIONS,
    responses: { 200: { description: 'The feed', body: { text: 'application/atom+xml' } }, 400: badRequest },
  },
  ...(Object.keys(WRITABLE) as (keyof typeof WRITABLE)[]).flatMap(writeOperations),
  {
    method: 'post',
    path: '/api/auth/{...all}',
    operationId: 'auth',
    tag: 'Accounts',
    summary:
      'better-auth’s endpoints that Parley offers: POST sign-in/email, POST sign-out, GET get-session; any other answers 404',
    description:
      'Scripts sign in with POST /api/auth/sign-in/email ({ "email", "password" }) and send the cookie it sets; a personal API token needs no sign-in.',
    pathParams: { '...all': z.string().describe('the endpoint, such as sign-in/email') },
    responses: {
      200: { description: 'The endpoint’s answer' },
      401: { description: 'Wrong email or password, or not signed in', body: { schema: errorSchema } },
      403: { description: 'Not allowed', body: { schema: errorSchema } },
      404: {
        description: 'An endpoint Parley does not offer (accounts change on Parley’s own pages)',
        body: { schema: errorSchema },
      },
      429: {
        description:
          'Too many sign-in attempts from this address or for this account from it, or too many sign-ins being checked at once; `Retry-After` says when to try again',
        body: { schema: errorSchema },
        headers: { 'Retry-After': 'seconds to wait' },
      },
    },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    tag: 'Reference',
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1', body: { text: 'application/json' } } },
  },
];
