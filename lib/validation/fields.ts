// The field rules every write schema is built from: bounded text, slugs naming other records,
// real calendar dates, checked URLs, known zones. Client forms and the server share them.
import { z } from 'zod';
import { isValidTimeZone } from '@/lib/time';
import { SLUG_PATTERN } from './filters';

/** Text a person typed: no control characters (line breaks and tabs aside) and no broken UTF-16. */
const TYPED_TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]*$/u;
const TYPED_TEXT_MESSAGE = 'must not contain control characters or broken characters';

/** Required text, trimmed, at most `max` characters. */
export function requiredText(max: number) {
  return z.string({ message: 'is required' }).trim().min(1, 'is required').max(max, `is longer than ${max} characters`).regex(TYPED_TEXT, TYPED_TEXT_MESSAGE);
}

/** Text kept exactly as given, spaces at the ends included (a quote's surroundings); missing means empty. */
export function untrimmedText(max: number) {
  return z.string().max(max, `is longer than ${max} characters`).regex(TYPED_TEXT, TYPED_TEXT_MESSAGE).default('');
}

/** Optional text, trimmed; missing means empty. */
export function optionalText(max: number) {
  return z.string().trim().max(max, `is longer than ${max} characters`).regex(TYPED_TEXT, TYPED_TEXT_MESSAGE).default('');
}

/** Optional short text where empty means "none": stored as null. */
export function nullableText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters`)
    .regex(TYPED_TEXT, TYPED_TEXT_MESSAGE)
    .nullish()
    .transform((value) => value || null);
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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar day that exists: "2025-02-29" is not one. */
export function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const calendarDate = z.string().trim().refine(isRealDate, 'must be a real date such as 2025-03-23');

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
  return z.array(z.string().trim().max(each, `has a name longer than ${each} characters`)).max(max, `has more than ${max} entries`).default([]).transform((names) => names.filter(Boolean));
}

export function enumOf<const T extends readonly [string, ...string[]]>(values: T, labels?: Record<T[number], string>) {
  const words = labels ? values.map((v) => labels[v as T[number]]).join(', ') : values.join(', ');
  return z.enum(values, { message: `must be one of: ${words}` });
}

/** The version a save is based on: a stale one is answered with 409. */
export const version = z.coerce.number({ message: 'must be the version you loaded' }).int('must be a whole number').min(1, 'must be at least 1');
