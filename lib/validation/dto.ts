// The shapes the read API answers with, as Zod schemas: the OpenAPI document is generated from
// them, and the type checks at the bottom prove that they and the data layer's DTO types are
// the same types, so neither can change without the other.
import { z } from 'zod';
import type { LocationRecordDTO, PartyDTO, PersonDTO, SourceDTO, TopicDTO } from '@/db/queries/directory';
import type { CitationDTO, EventDTO, LocationDTO, SourceRefDTO } from '@/db/queries/event-dto';
import type { EventFacetsDTO } from '@/db/queries/event-facets';
import type { ImportReport } from '@/db/queries/event-import';
import type { PositionDTO } from '@/db/queries/positions';
import type { EventDetailDTO, EventPage, RelatedEventDTO, StatusChangeDTO } from '@/db/queries/events';
import {
  AFFILIATION_KINDS,
  ATTRIBUTIONS,
  CLAIM_KINDS,
  CONFIDENCES,
  DURATION_BOUNDS,
  EVENT_KINDS,
  EVENT_RELATION_TYPES,
  EVENT_STATUSES,
  PARTY_KINDS,
  PARTY_ROLES,
  PERSON_ROLES,
  PRECISIONS,
  RELIABILITIES,
  SOURCE_KINDS,
  USER_ROLES,
} from '@/db/enums';
import type { ErrorBody } from '@/lib/errors';

const instant = z.string().describe('ISO 8601 instant in UTC, e.g. `2025-03-23T15:30:00.000Z`');
const calendarDate = z.string().describe('calendar date, YYYY-MM-DD');
const slugName = z.object({ slug: z.string(), name: z.string() });
const slugTitle = z.object({ slug: z.string(), title: z.string() });

export const locationDtoSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    city: z.string().nullable(),
    country: z.string(),
    countryCode: z.string(),
    countryParty: slugName.nullable().describe('the country as a party of kind state, when the location names one'),
    timeZone: z.string().describe('IANA time zone'),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .meta({ id: 'Location' });

export const sourceRefSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    publishedOn: calendarDate.nullable(),
    reliability: z.enum(RELIABILITIES),
  })
  .meta({ id: 'SourceRef' });

export const citationDtoSchema = z
  .object({
    id: z.number().int(),
    excerpt: z.string(),
    attribution: z.enum(ATTRIBUTIONS),
    attributedTo: slugName.nullable(),
    confidence: z.enum(CONFIDENCES),
    note: z.string(),
    source: sourceRefSchema,
  })
  .meta({ id: 'Citation' });

export const eventDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string().describe('stable external id: never reused, survives edits'),
    kind: z.enum(EVENT_KINDS),
    title: z.string(),
    summary: z.string(),
    startsAt: instant.describe('lower bound of the start, ISO 8601 UTC'),
    startsUpper: instant.describe('upper bound of the start implied by the precision'),
    endsAt: instant.nullable(),
    localDate: calendarDate.describe('the day the event starts, in its own time zone: the day a date filter matches'),
    localEndDate: calendarDate
      .nullable()
      .describe(
        'with an end: the last day the event covers in its own time zone, inclusive (a day-precision event from 23 to 24 March has 2025-03-24)',
      ),
    timeZone: z.string().describe('IANA time zone the event is reported in'),
    precision: z.enum(PRECISIONS),
    approximate: z.boolean(),
    endApproximate: z.boolean(),
    durationMinutes: z
      .number()
      .int()
      .nullable()
      .describe(
        'without an end: how long it lasted in minutes, as the source says (“under two hours” is `120` with `durationBound` `under`)',
      ),
    durationBound: z
      .enum(DURATION_BOUNDS)
      .describe('how `durationMinutes` reads: `exact`, `about`, `under` (at most) or `over` (at least)'),
    status: z.enum(EVENT_STATUSES),
    location: locationDtoSchema.nullable(),
    parties: z.array(z.object({ slug: z.string(), name: z.string(), role: z.enum(PARTY_ROLES) })),
    people: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        role: z.enum(PERSON_ROLES),
        title: z.string().nullable().describe('the title held on the day of the event'),
        party: slugName.nullable(),
      }),
    ),
    topics: z.array(slugName),
    citations: z.array(citationDtoSchema),
    version: z.number().int(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: 'Event' });

export const eventListItemSchema = eventDtoSchema
  .extend({
    match: z
      .object({ title: z.string(), snippet: z.string() })
      .optional()
      .describe('with q: the title and a snippet, matched words between U+E000 and U+E001'),
  })
  .meta({ id: 'EventListItem' });

export const eventPageSchema = z
  .object({
    items: z.array(eventListItemSchema),
    nextCursor: z.string().nullable().describe('pass as cursor for the next page; null on the last'),
  })
  .meta({ id: 'EventPage' });

export const relatedEventSchema = z
  .object({
    type: z.enum(EVENT_RELATION_TYPES),
    direction: z.enum(['outgoing', 'incoming']),
    event: z.object({
      slug: z.string(),
      title: z.string(),
      kind: z.enum(EVENT_KINDS),
      startsAt: instant,
      timeZone: z.string(),
      precision: z.enum(PRECISIONS),
      approximate: z.boolean(),
    }),
  })
  .meta({ id: 'RelatedEvent' });

export const statusChangeSchema = z
  .object({
    id: z.number().int(),
    status: z.enum(EVENT_STATUSES),
    effectiveAt: instant,
    precision: z.enum(PRECISIONS),
    claimedBy: slugName.nullable(),
    note: z.string(),
    citations: z.array(citationDtoSchema),
  })
  .meta({ id: 'StatusChange' });

export const eventDetailSchema = eventDtoSchema
  .extend({ related: z.array(relatedEventSchema), statusHistory: z.array(statusChangeSchema) })
  .meta({ id: 'EventDetail' });

export const partyDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    kind: z.enum(PARTY_KINDS),
    countryCode: z.string().nullable(),
    aliases: z.array(z.string()),
    description: z.string(),
    eventCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Party' });

export const affiliationDtoSchema = z
  .object({
    id: z.number().int(),
    partySlug: z.string(),
    partyName: z.string(),
    title: z.string(),
    kind: z.enum(AFFILIATION_KINDS),
    validFrom: calendarDate.nullable(),
    validTo: calendarDate.nullable(),
  })
  .meta({ id: 'Affiliation' });

export const personDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    sortName: z.string(),
    aliases: z.array(z.string()),
    description: z.string(),
    current: affiliationDtoSchema.nullable(),
    affiliations: z.array(affiliationDtoSchema),
    eventCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Person' });

export const topicDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    eventCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'Topic' });

export const locationRecordSchema = locationDtoSchema
  .extend({
    id: z.number().int(),
    aliases: z.array(z.string()).describe('other names sources use for the place'),
    eventCount: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'LocationRecord' });

export const sourceDtoSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    title: z.string(),
    publisher: z.string(),
    url: z.string().nullable(),
    publishedOn: calendarDate.nullable(),
    reliability: z.enum(RELIABILITIES),
    kind: z
      .enum(SOURCE_KINDS)
      .describe('readout: a party’s own account of a session; statement, report, transcript or document'),
    party: slugName.nullable().describe('for readouts and statements: the issuing party'),
    text: z.string().describe('the source’s own words where entered: claims quote from them (empty if none)'),
    authors: z.array(z.string()),
    syndications: z.array(
      z.object({ publisher: z.string(), url: z.string().nullable(), publishedOn: calendarDate.nullable() }),
    ),
    version: z.number().int(),
  })
  .meta({ id: 'Source' });

export const positionDtoSchema = z
  .object({
    id: z.number().int(),
    party: slugName,
    topic: slugName,
    stance: z.string().describe('a few words: "Ukraine must never join NATO"'),
    summary: z.string(),
    statedOn: calendarDate.describe('the day the stance was stated or reported'),
    statedBy: slugName.nullable(),
    citations: z.array(citationDtoSchema),
    version: z.number().int(),
    basis: z
      .enum(['stated', 'claim'])
      .describe(
        'stated: typed in as a position; claim: derived from a claim of the party on the topic, and `id` is the claim’s',
      ),
    claim: z
      .object({
        slug: z.string(),
        kind: z.enum(CLAIM_KINDS),
        quote: z
          .object({ exact: z.string(), prefix: z.string(), suffix: z.string() })
          .describe('a W3C TextQuoteSelector'),
        event: slugTitle,
      })
      .nullable()
      .describe('for a derived position: the claim behind it'),
  })
  .meta({ id: 'Position' });

const facetOption = z.object({
  slug: z.string(),
  name: z.string(),
  count: z.number().int().describe('events matching this choice with the other filters held'),
});

export const facetsSchema = z
  .object({
    total: z.number().int().describe('events matching every filter'),
    party: z.array(facetOption),
    topic: z.array(facetOption),
    person: z.array(facetOption).describe('the busiest people, plus any already chosen'),
    location: z.array(facetOption).describe('the venues of the matching events, with the location filter set aside'),
    kind: z.array(z.object({ slug: z.enum(EVENT_KINDS), count: z.number().int() })),
    histogram: z.object({
      unit: z.enum(['day', 'week', 'month', 'year']),
      buckets: z
        .array(
          z.object({
            start: calendarDate,
            count: z
              .number()
              .int()
              .describe(
                'events under way in the period (by their local days): what the list shows for this period alone',
              ),
            begun: z
              .number()
              .int()
              .describe(
                'events that began in the period; a run of periods holds the first one’s count plus the others’ begun',
              ),
          }),
        )
        .describe('every period from the first to the last, empty ones with 0'),
    }),
  })
  .meta({ id: 'EventFacets' });

export const eventBinsSchema = z
  .object({
    from: z
      .string()
      .describe('the window counted, as an ISO instant: the `from` given, or the matching events’ extent'),
    to: z.string().describe('the window’s end, exclusive'),
    total: z.number().int().describe('events matching every filter: the sum of `bins`'),
    bins: z
      .array(z.number().int())
      .describe(
        'events starting in each equal stretch of the window; those starting before or after it count in the first or last',
      ),
    lanes: z
      .array(z.object({ slug: z.string(), name: z.string(), bins: z.array(z.number().int()) }))
      .describe('a track per party (those chosen, or the busiest up to 4), counted the same way'),
    events: z
      .array(
        z.object({
          slug: z.string(),
          title: z.string(),
          kind: z.enum(EVENT_KINDS),
          startsAt: z.string(),
          endsAt: z.string().nullable(),
          lanes: z.array(z.string()).describe('the slugs of the lanes the event belongs to'),
        }),
      )
      .nullable()
      .describe('every matching event when there are at most 300; otherwise null'),
  })
  .meta({ id: 'EventBins' });

const importOutcome = z.object({
  line: z.number().int(),
  slug: z.string(),
  action: z.enum(['create', 'update', 'unchanged']),
});

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    committed: z.boolean().describe('true only when the rows were written: a real run with no rejected row'),
    created: z.array(importOutcome),
    updated: z.array(importOutcome),
    unchanged: z.array(importOutcome),
    rejected: z.array(z.object({ line: z.number().int(), slug: z.string().nullable(), reason: z.string() })),
  })
  .meta({ id: 'ImportReport' });

export const viewerSchema = z
  .object({
    viewer: z
      .object({ name: z.string(), role: z.enum(USER_ROLES) })
      .nullable()
      .describe('the signed-in account, or null for a reader'),
  })
  .meta({ id: 'Viewer' });

export type ViewerDTO = z.output<typeof viewerSchema>['viewer'];

export const errorSchema = z
  .object({
    error: z.string().describe('a sentence a person can act on'),
    code: z.enum([
      'bad_request',
      'unauthorized',
      'forbidden',
      'not_found',
      'conflict',
      'payload_too_large',
      'unsupported_media_type',
      'too_many_requests',
      'internal',
      'unavailable',
      'storage_full',
    ]),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe('each bad parameter or field, by dotted path, with what is wrong'),
    current: z.unknown().optional().describe('on a version conflict: the record as it is now'),
  })
  .meta({ id: 'Error' });

/** A real import that rejected rows: nothing was written, and the report says which rows and why. */
export const refusedImportSchema = errorSchema
  .extend({ report: importReportSchema.optional().describe('when rows were rejected: every row’s outcome') })
  .meta({ id: 'RefusedImport' });

export const listOf = <T extends z.ZodType>(item: T, id: string) => z.object({ items: z.array(item) }).meta({ id });

// Compile-time proof that each schema and its DTO type are the same type in both directions.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type Assert<T extends true> = T;
export type DtoSchemasAgree = [
  Assert<Same<z.output<typeof locationDtoSchema>, LocationDTO>>,
  Assert<Same<z.output<typeof sourceRefSchema>, SourceRefDTO>>,
  Assert<Same<z.output<typeof citationDtoSchema>, CitationDTO>>,
  Assert<Same<z.output<typeof eventDtoSchema>, EventDTO>>,
  Assert<Same<z.output<typeof eventPageSchema>, EventPage>>,
  Assert<Same<z.output<typeof relatedEventSchema>, RelatedEventDTO>>,
  Assert<Same<z.output<typeof statusChangeSchema>, StatusChangeDTO>>,
  Assert<Same<z.output<typeof eventDetailSchema>, EventDetailDTO>>,
  Assert<Same<z.output<typeof partyDtoSchema>, PartyDTO>>,
  Assert<Same<z.output<typeof personDtoSchema>, PersonDTO>>,
  Assert<Same<z.output<typeof topicDtoSchema>, TopicDTO>>,
  Assert<Same<z.output<typeof sourceDtoSchema>, SourceDTO>>,
  Assert<Same<z.output<typeof locationRecordSchema>, LocationRecordDTO>>,
  Assert<Same<z.output<typeof positionDtoSchema>, PositionDTO>>,
  Assert<Same<z.output<typeof facetsSchema>, EventFacetsDTO>>,
  Assert<Same<z.output<typeof importReportSchema>, ImportReport>>,
  Assert<Same<z.output<typeof errorSchema>, ErrorBody>>,
];
