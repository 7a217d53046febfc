// One schema per record kind, shared by the forms (instant feedback), the Server Actions and the
// write API. The column rules come from db/schema.ts through drizzle-zod where they fit; bounds,
// formats and cross-field rules are added here.
import { createInsertSchema } from 'drizzle-zod';
import { z } from 'zod';
import {
  AFFILIATION_KINDS,
  ATTRIBUTIONS,
  CONFIDENCES,
  ISSUED_SOURCE_KINDS,
  PARTY_KINDS,
  RELIABILITIES,
  SOURCE_KINDS,
} from '@/db/enums';
import { locations, parties, sources, topics } from '@/db/schema';
import {
  calendarDate,
  enumOf,
  nameList,
  nullableText,
  optionalCalendarDate,
  optionalNumber,
  optionalSlugRef,
  optionalText,
  optionalUrl,
  requiredText,
  slugRef,
  timeZone,
} from './fields';

/** The source kinds that name their issuing party: the source form offers the party for these. */
export { ISSUED_SOURCE_KINDS };

export const citationInputSchema = z.object({
  source: slugRef,
  excerpt: requiredText(2000),
  attribution: enumOf(ATTRIBUTIONS),
  attributedTo: optionalSlugRef,
  confidence: enumOf(CONFIDENCES),
  note: optionalText(1000),
});
const citationArray = z.array(citationInputSchema).max(30, 'has more than 30 citations');
export const citationList = citationArray.default([]);

const COUNTRY_CODE = /^[A-Z]{2}$/;

export const partyInputSchema = createInsertSchema(parties, {
  name: () => requiredText(200),
  shortName: () => nullableText(60),
  kind: () => enumOf(PARTY_KINDS),
  countryCode: () =>
    z
      .union([
        z.string().trim().toUpperCase().regex(COUNTRY_CODE, 'must be a two-letter country code such as UA'),
        z.literal(''),
      ])
      .nullish()
      .transform((value) => value || null),
  description: () => optionalText(5000),
})
  .pick({ name: true, shortName: true, kind: true, countryCode: true, description: true })
  .extend({ aliases: nameList(20) });

export const affiliationInputSchema = z
  .object({
    /** The stored title this entry edits, as GET answers it; without one it is a new title. */
    id: z.number().int().positive().optional(),
    party: slugRef,
    title: requiredText(200),
    kind: enumOf(AFFILIATION_KINDS),
    validFrom: optionalCalendarDate,
    validTo: optionalCalendarDate,
    /** Omitted on a title with an `id`: its stored citations are kept (GET does not show them). */
    citations: citationArray.optional(),
  })
  .refine((span) => !span.validFrom || !span.validTo || span.validFrom <= span.validTo, {
    path: ['validTo'],
    message: 'must not be before the start date',
  });

export const personInputSchema = z.object({
  name: requiredText(200),
  sortName: optionalText(200),
  aliases: nameList(20),
  description: optionalText(5000),
  affiliations: z.array(affiliationInputSchema).max(30, 'has more than 30 titles').default([]),
});

export const topicInputSchema = createInsertSchema(topics, {
  name: () => requiredText(200),
  description: () => optionalText(5000),
}).pick({ name: true, description: true });

export const locationInputSchema = createInsertSchema(locations, {
  name: () => requiredText(200),
  city: () => nullableText(120),
  country: () => optionalText(120),
  countryCode: () =>
    z
      .union([
        z.string().trim().toUpperCase().regex(COUNTRY_CODE, 'must be a two-letter country code such as SA'),
        z.literal(''),
      ])
      .default(''),
  timeZone: () => timeZone,
  latitude: () => optionalNumber(-90, 90),
  longitude: () => optionalNumber(-180, 180),
})
  .pick({ name: true, city: true, country: true, countryCode: true, timeZone: true, latitude: true, longitude: true })
  .extend({ aliases: nameList(20).describe('other names a source uses for the place, such as "the Saudi capital"') })
  // The country as a party of kind state; the write checks the kind and fills in the country's
  // name and code from the party where they are left empty, so they need not be typed twice.
  .extend({
    countryParty: optionalSlugRef.describe(
      'the slug of the party (of kind `state`) the location lies in; with it, `country` and `countryCode` may be left empty and are taken from that party',
    ),
  })
  .superRefine((location, ctx) => {
    if (location.countryParty) return;
    if (!location.country)
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'is required (or choose the country as a party)' });
    if (!location.countryCode)
      ctx.addIssue({
        code: 'custom',
        path: ['countryCode'],
        message: 'must be a two-letter country code such as SA (or choose the country as a party)',
      });
  });

export const sourceInputSchema = createInsertSchema(sources, {
  title: () => requiredText(500),
  publisher: () => requiredText(200),
  url: () => optionalUrl,
  publishedOn: () => optionalCalendarDate,
  reliability: () => enumOf(RELIABILITIES).default('usually_reliable'),
  kind: () => enumOf(SOURCE_KINDS).default('report'),
  text: () => optionalText(100_000),
})
  .pick({ title: true, publisher: true, url: true, publishedOn: true, reliability: true, kind: true, text: true })
  .extend({
    party: optionalSlugRef,
    authors: nameList(20),
    syndications: z
      .array(z.object({ publisher: requiredText(200), url: optionalUrl, publishedOn: optionalCalendarDate }))
      .max(20, 'has more than 20 entries')
      .default([]),
  })
  .superRefine((source, ctx) => {
    const issued = (ISSUED_SOURCE_KINDS as readonly string[]).includes(source.kind);
    if (source.kind === 'readout' && !source.party)
      ctx.addIssue({ code: 'custom', path: ['party'], message: 'must name the party whose readout this is' });
    if (!issued && source.party)
      ctx.addIssue({ code: 'custom', path: ['party'], message: 'is only for readouts and statements' });
  });

export const positionInputSchema = z.object({
  party: slugRef,
  topic: slugRef,
  stance: requiredText(200),
  summary: optionalText(5000),
  statedOn: calendarDate,
  statedBy: optionalSlugRef,
  citations: citationList,
});

export const RECORD_SCHEMAS = {
  party: partyInputSchema,
  person: personInputSchema,
  topic: topicInputSchema,
  location: locationInputSchema,
  source: sourceInputSchema,
  position: positionInputSchema,
} as const;
