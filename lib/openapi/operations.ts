// Every endpoint of the API, as data: the OpenAPI document and the reference page are both
// generated from this list and from the Zod schemas it names, the same schemas that validate
// requests and describe responses. A new endpoint is documented by adding one entry here.
import { z } from 'zod';
import { errorSchema, eventDetailSchema, eventPageSchema, listOf, partySchema, personSchema, positionSchema, sourceSchema, topicSchema } from '@/lib/validation/dto';
import { eventQuerySchema } from '@/lib/validation/filters';
import { positionsQuerySchema } from '@/lib/validation/positions-query';

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
  kind: 'Event kinds, as for party.',
  from: 'A date (2025-03-23, a whole UTC day) or an ISO 8601 instant; keeps events whose uncertain span reaches it.',
  to: 'As from, inclusive of the whole day when a date.',
  q: 'Full-text search over titles, summaries and cited excerpts; "quotes" make a phrase.',
  limit: 'Page size.',
  cursor: 'The previous page’s nextCursor.',
};

const badRequest: ResponseSpec = { description: 'A parameter is invalid; `fields` names it', body: { schema: errorSchema } };
const notModified: ResponseSpec = { description: 'Not changed since the ETag or date the client sent' };
const cacheHeaders = { ETag: 'Changes whenever the answer would', 'Last-Modified': 'The newest change to a record the answer shows' };

/** The filters an export or feed applies: the timeline's, without paging. */
const { limit: _limit, cursor: _cursor, ...exportQuery } = eventQuerySchema.shape;

const exportOperation = (path: string, operationId: string, summary: string, description: string, body: ResponseSpec['body'], tag = 'Exports'): Operation => ({
  method: 'get',
  path,
  operationId,
  tag,
  summary,
  description,
  query: exportQuery,
  queryDescriptions: FILTER_DESCRIPTIONS,
  responses: { 200: { description: 'Every matching event, in time order, streamed', body, headers: cacheHeaders }, 304: notModified, 400: badRequest },
});

export const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/events',
    operationId: 'listEvents',
    tag: 'Events',
    summary: 'Events in time order, filtered and paged',
    description: 'Different filters must all hold; several values of one filter are alternatives. Pages follow a keyset cursor.',
    query: eventQuerySchema.shape,
    queryDescriptions: FILTER_DESCRIPTIONS,
    responses: { 200: { description: 'One page of events', body: { schema: eventPageSchema } }, 400: badRequest },
  },
  {
    method: 'get',
    path: '/api/events/{key}',
    operationId: 'getEvent',
    tag: 'Events',
    summary: 'One event with its related events and status history',
    pathParams: { key: z.string().max(200).describe('the numeric id or the slug') },
    responses: { 200: { description: 'The event', body: { schema: eventDetailSchema } }, 404: { description: 'No live event has this id or slug', body: { schema: errorSchema } } },
  },
  {
    method: 'get',
    path: '/api/parties',
    operationId: 'listParties',
    tag: 'Directory',
    summary: 'Every party, with how many events name it',
    responses: { 200: { description: 'All parties', body: { schema: listOf(partySchema, 'PartyList') } } },
  },
  {
    method: 'get',
    path: '/api/people',
    operationId: 'listPeople',
    tag: 'Directory',
    summary: 'Every person, with their titles over time',
    responses: { 200: { description: 'All people', body: { schema: listOf(personSchema, 'PersonList') } } },
  },
  {
    method: 'get',
    path: '/api/topics',
    operationId: 'listTopics',
    tag: 'Directory',
    summary: 'Every topic',
    responses: { 200: { description: 'All topics', body: { schema: listOf(topicSchema, 'TopicList') } } },
  },
  {
    method: 'get',
    path: '/api/sources',
    operationId: 'listSources',
    tag: 'Directory',
    summary: 'Every source, with authors and syndication',
    responses: { 200: { description: 'All sources', body: { schema: listOf(sourceSchema, 'SourceList') } } },
  },
  {
    method: 'get',
    path: '/api/positions',
    operationId: 'listPositions',
    tag: 'Directory',
    summary: 'Parties’ stated positions on topics, with their sources',
    description: 'By party name, then topic name, newest first.',
    query: positionsQuerySchema.shape,
    queryDescriptions: { party: 'One party slug: only that party’s positions. An unknown slug is a 400, not an empty list.' },
    responses: { 200: { description: 'The positions', body: { schema: listOf(positionSchema, 'PositionList') } }, 400: badRequest },
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
    'JSON of the matching events, each as GET /api/events/{key} answers it',
    'The format `npm run db:import` reads back.',
    { schema: listOf(eventDetailSchema, 'EventExport'), contentType: 'application/json' },
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
    path: '/api/openapi.json',
    operationId: 'getOpenApi',
    tag: 'Reference',
    summary: 'This document',
    responses: { 200: { description: 'OpenAPI 3.1', body: { text: 'application/json' } } },
  },
];
