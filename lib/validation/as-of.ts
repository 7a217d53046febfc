// `asOf`: the moment a reader asks to see the archive as Parley held it. A date means the end of
// that day in UTC (everything recorded during it); an instant without an offset is UTC.
import { z } from 'zod';
import { isRealDay } from '@/db/calendar';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The UTC instant (ISO, milliseconds) that `value` names, or null when it names none. A date is
 * the end of that day, or with `dayStart` its beginning (where a window of changes opens).
 */
export function asOfInstant(value: string, { dayStart = false } = {}): string | null {
  if (DATE_ONLY.test(value)) return isRealDay(value) ? `${value}T${dayStart ? '00:00:00.000' : '23:59:59.999'}Z` : null;
  if (!INSTANT.test(value) || !isRealDay(value.slice(0, 10))) return null;
  const time = Date.parse(/(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** The query parameter, parsed to its UTC instant. */
export const asOfParam = z
  .string()
  .trim()
  .max(40, 'is longer than 40 characters')
  .refine((value) => asOfInstant(value) !== null, {
    message: 'must be a real date (2025-03-24) or an ISO 8601 instant (2025-03-24T18:00:00Z)',
  })
  .transform((value) => asOfInstant(value)!);

/** The query string of reads of one record: `asOf` alone. */
export const asOfQuerySchema = z.object({ asOf: asOfParam.optional() });

/** A page's `asOf`: as the reader wrote it (a date stays a date in the banner) and the instant it names. */
export type AsOf = { written: string; instant: string };

/** A page's `asOf`; null when absent or invalid (pages drop bad values). */
export function asOfOf(params: URLSearchParams | Record<string, string | string[] | undefined>): AsOf | null {
  const value = params instanceof URLSearchParams ? params.get('asOf') : params.asOf;
  if (typeof value !== 'string') return null;
  const instant = asOfInstant(value.trim());
  return instant ? { written: value.trim(), instant } : null;
}
