// The upper bound of the span a precise-to-X instant stands for, used to sort and to filter
// uncertain dates by overlap. Day, week, month and year spans start at the event's local
// midnight, which the stored instant already encodes.
import type { Precision } from './enums';

const HOUR = 3_600_000;
const FIXED: Partial<Record<Precision, number>> = {
  minute: 60_000,
  hour: HOUR,
  day: 24 * HOUR,
  week: 7 * 24 * HOUR,
};

export function upperBound(startsAt: string, precision: Precision): string {
  const start = new Date(startsAt);
  const fixed = FIXED[precision];
  if (fixed !== undefined) return new Date(start.getTime() + fixed).toISOString();
  const end = new Date(start);
  if (precision === 'month') end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  return end.toISOString();
}
