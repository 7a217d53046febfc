// Calendar periods (UTC days, Monday weeks, months, years) in which the overview counts events.
// Pure date arithmetic, shared by the histogram query and the chart that selects from it.

export type HistogramUnit = 'day' | 'week' | 'month' | 'year';

const DAY = 86_400_000;

/** The period unit that gives a readable number of bars for a span. */
export function histogramUnit(fromMs: number, toMs: number): HistogramUnit {
  const days = (toMs - fromMs) / DAY;
  if (days <= 92) return 'day';
  if (days <= 3 * 365) return 'week';
  if (days <= 40 * 365) return 'month';
  return 'year';
}

/** The start (YYYY-MM-DD, UTC) of the period holding `ms`; weeks begin on Monday. */
export function periodStart(ms: number, unit: HistogramUnit): string {
  const d = new Date(ms);
  if (unit === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  if (unit === 'month' || unit === 'year') d.setUTCDate(1);
  if (unit === 'year') d.setUTCMonth(0);
  return d.toISOString().slice(0, 10);
}

export function nextPeriod(start: string, unit: HistogramUnit): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
  if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7);
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** The last calendar day (YYYY-MM-DD) of the period that begins on `start`. */
export function periodEnd(start: string, unit: HistogramUnit): string {
  return new Date(Date.parse(`${nextPeriod(start, unit)}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
}
