// The years a date in Parley may fall in. Diplomatic history worth citing starts well after 1800
// (the Congress of Vienna is 1814); 2200 leaves room for any scheduled date. Inside this range
// every output can write a date: four-digit years in iCalendar, the zone database's offsets for
// a VTIMEZONE, a bounded histogram. Records stored before the rule keep their dates; the outputs
// still answer for them, and an edit must bring the date into range.
export const EARLIEST_YEAR = 1800;
export const LATEST_YEAR = 2200;

/** True when a date or instant written YYYY-MM-DD… falls in the years above. */
export function isWithinYearRange(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

export const YEAR_RANGE_MESSAGE = `must be between the years ${EARLIEST_YEAR} and ${LATEST_YEAR}`;
