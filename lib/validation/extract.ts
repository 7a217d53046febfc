// What POST /api/extract and the source-first page accept, and what the extraction answers. The
// text is kept exactly as sent (not trimmed): every answer's `index` is an offset into it.
import { z } from 'zod';
import { wallTimeToInstant } from '@/db/calendar';
import { ATTRIBUTIONS, PRECISIONS } from '@/db/enums';
import { isWithinYearRange, YEAR_RANGE_MESSAGE } from '@/db/year-range';
import { isInstant } from './event';
import { isRealDate, optionalUrl, timeZone, untrimmedText } from './fields';

/** About 8,000 words: a long article or readout; a book-length text is not a source to review in one go. */
export const MAX_EXTRACT_CHARACTERS = 50_000;

const WALL = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/;

function isWall(value: string): boolean {
  const match = WALL.exec(value);
  return !!match && isRealDate(match[1]) && Number(match[2] ?? 0) < 24 && Number(match[3] ?? 0) < 60;
}

export const extractRequestSchema = z
  .object({
    text: untrimmedText(MAX_EXTRACT_CHARACTERS)
      .refine((text) => text.trim() !== '', 'is required: paste the source’s text')
      .describe(
        `the source’s text, up to ${MAX_EXTRACT_CHARACTERS} characters; ` +
          'every `index` in the answer counts characters (UTF-16 code units) into it',
      ),
    publishedAt: z
      .string({ message: 'is required' })
      .trim()
      .min(1, 'is required')
      .refine((value) => isInstant(value) || isWall(value), {
        message:
          'must be a date such as 2025-03-23, a local time such as 2025-03-23T20:00, ' +
          'or an instant such as 2025-03-23T18:00:00Z',
        abort: true,
      })
      .refine((value) => isWithinYearRange(value.slice(0, 10)), YEAR_RANGE_MESSAGE)
      .describe('when the source was published: an instant with its offset, or a local date or time in `timeZone`'),
    timeZone: timeZone
      .optional()
      .describe('the publisher’s IANA zone, used unless a dateline names a place (default UTC)'),
    url: optionalUrl.describe('where the source was published (not fetched)'),
  })
  .transform((input) => {
    const zone = input.timeZone ?? 'UTC';
    // A date alone is taken at its local noon: "Sunday" then means the Sunday of that day's week.
    const wall = input.publishedAt.length === 10 ? `${input.publishedAt}T12:00` : input.publishedAt;
    return {
      ...input,
      timeZone: input.timeZone ?? null,
      publishedAt: isInstant(wall) ? new Date(wall).toISOString() : wallTimeToInstant(wall, zone),
    };
  });
export type ExtractRequest = z.input<typeof extractRequestSchema>;

const nameProposal = {
  text: z.string().describe('the words as they stand in the text'),
  index: z.number().int().describe('where they start in the text'),
  slug: z.string().nullable().describe('the known record they name, or null for a name Parley does not hold yet'),
  name: z.string().describe('the record’s name, or the proposed name of a new one'),
};
const nameProposalSchema = z.object(nameProposal).meta({ id: 'ExtractedName' });

export const extractResponseSchema = z
  .object({
    dates: z.array(
      z
        .object({
          text: z.string(),
          index: z.number().int(),
          start: z
            .string()
            .describe(
              'local wall time in `timeZone`: 2025-03-23T17:30, or a day 2025-03-23 at day precision and coarser',
            ),
          end: z.string().optional(),
          precision: z.enum(PRECISIONS),
          timeZone: z
            .string()
            .describe('the zone the text names ("Kyiv time"), else the dateline’s or the publisher’s'),
          approximate: z.boolean().describe('"around 5:30 p.m.", "some five hours later"'),
        })
        .meta({ id: 'ExtractedDate' }),
    ),
    people: z.array(
      z
        .object({
          ...nameProposal,
          title: z
            .object({
              text: z.string(),
              held: z.string().nullable().describe('the title Parley has the person holding that day'),
              matches: z.boolean(),
            })
            .optional()
            .describe('a title the text gives the person, checked against the one held on the publication day'),
        })
        .meta({ id: 'ExtractedPerson' }),
    ),
    parties: z.array(nameProposalSchema),
    locations: z.array(nameProposalSchema),
    topics: z.array(nameProposalSchema),
    sentences: z.array(
      z
        .object({
          index: z.number().int(),
          text: z.string(),
          attribution: z
            .object({
              kind: z.enum(ATTRIBUTIONS),
              person: z.string().nullable(),
              name: z.string().nullable(),
              cue: z.string().describe('the words that say it: "said", "speaking on condition of anonymity"'),
            })
            .optional(),
        })
        .meta({ id: 'ExtractedSentence' }),
    ),
  })
  .meta({ id: 'Extraction' });
