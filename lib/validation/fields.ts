// The field rules every write schema is built from: bounded text, slugs naming other records,
// real calendar dates, checked URLs, known zones. Client forms and the server share them.
import { z } from 'zod';
import { isWithinYearRange, YEAR_RANGE_MESSAGE } from '@/db/year-range';
import { isValidTimeZone } from '@/lib/time';
import { SLUG_PATTERN } from './filters';

/** Text a person typed: no control characters (line breaks and tabs aside) and no broken UTF-16. */
const TYPED_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]*$/u;
const TYPED_TEXT_MESSAGE = 'must not contain control characters or broken characters';
/** A carriage return not followed by a line feed: old Mac line ends, which split CSV rows and inject iCalendar lines. */
const BARE_CR = /\r(?!\n)/;
const BARE_CR_MESSAGE = 'must not contain a lone carriage return (CR): end lines with a line feed (Enter)';
/** Unicode's non-characters (U+FDD0–U+FDEF and the last two of every plane), which XML may not carry. */
const NON_CHARACTER =
  /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]/u;
const NON_CHARACTER_MESSAGE = 'must not contain Unicode non-characters such as U+FFFE';

/** Trimmed text, at most `max` characters, holding only what a person can type; CR LF is stored as LF. */
function typedText(max: number, tooLong = `is longer than ${max} characters`) {
  return z
    .string({ message: 'is required' })
    .trim()
    .max(max, tooLong)
    .regex(TYPED_TEXT, TYPED_TEXT_MESSAGE)
    .refine((value) => !BARE_CR.test(value), BARE_CR_MESSAGE)
    .refine((value) => !NON_CHARACTER.test(value), NON_CHARACTER_MESSAGE)
    .overwrite((value) => value.replace(/\r\n/g, '\n'));
}

/** Required text, trimmed, at most `max` characters. */
export function requiredText(max: number) {
  return typedText(max).min(1, 'is required');
}

/** Text kept exactly as given, spaces at the ends included (a quote's surroundings); missing means empty. */
export function untrimmedText(max: number) {
  return z.string().max(max, `is longer than ${max} characters`).regex(TYPED_TEXT, TYPED_TEXT_MESSAGE).default('');
}

/** Optional text, trimmed; missing means empty. */
export function optionalText(max: number) {
  return typedText(max).default('');
}

/** Optional short text where empty means "none": stored as null. */
export function nullableText(max: number) {
  return typedText(max)
    .nullish()
    .transform((value) => value || null);
}

/** A number typed into a text box; empty means none. */
export function optionalNumber(min: number, max: number, { whole = false } = {}) {
  const range = `must be ${whole ? 'a whole number' : 'a number'} between ${min} and ${max}`;
  const number = z.coerce.number({ message: range }).min(min, range).max(max, range);
  return z.preprocess(
    (value) => (value === '' || value === undefined || value === null ? null : value),
    (whole ? number.int(range) : number).nullable(),
  );
}

/** A reference to another record by its slug; the write checks that the record exists. */
export const slugRef = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(100, 'is longer than 100 characters')
  .regex(SLUG_PATTERN, 'must name a record (a slug such as "united-states")');

export const optionalSlugRef = z
  .union([slugRef, z.literal('')])
  .nullish()
  .transform((value) => value || null);

/** As optionalSlugRef, but an absent value stays absent: an update keeps what is stored. */
export const keptSlugRef = z
  .union([slugRef, z.literal('')])
  .nullish()
  .transform((value) => (value === undefined ? undefined : value || null));

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar day that exists: "2025-02-29" is not one. */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const calendarDate = z
  .string()
  .trim()
  .refine(isRealDate, 'must be a real date such as 2025-03-23')
  .refine(isWithinYearRange, YEAR_RANGE_MESSAGE);

export const optionalCalendarDate = z
  .union([calendarDate, z.literal('')])
  .nullish()
  .transform((value) => value || null);

export const timeZone = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(64, 'is not a known time zone')
  .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Kyiv');

export const webUrl = z
  .string()
  .trim()
  .max(2000, 'is longer than 2000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'must be a web address starting with https://');

export const optionalUrl = z
  .union([webUrl, z.literal('')])
  .nullish()
  .transform((value) => value || null);

/** A short list of names (aliases, authors): blanks dropped, each bounded. */
export function nameList(max: number, each = 200) {
  return z
    .array(typedText(each, `has a name longer than ${each} characters`))
    .max(max, `has more than ${max} entries`)
    .default([])
    .transform((names) => names.filter(Boolean));
}

/** One of the API's values; an error lists them as a client must send them (`held`, not "Held"). */
export function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { message: `must be one of: ${values.join(', ')}` });
}

/** The version a save is based on: a stale one is answered with 409. */
export const version = z.coerce
  .number({ message: 'must be the version you loaded' })
  .int('must be a whole number')
  .min(1, 'must be at least 1');
