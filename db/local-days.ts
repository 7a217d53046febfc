// Fills in the local calendar days of events written before the columns existed (migration
// 0002 adds them empty). The days depend on each event's zone, which SQL cannot read, so this
// step runs in TypeScript when the database is opened, after the migrations; it costs one
// indexed lookup once every row is filled.
import { eq } from 'drizzle-orm';
import { localSpan } from './calendar';
import type { ParleyDb } from './connection';
import { events } from './schema';

const BATCH = 5000;

export function backfillLocalDays(db: ParleyDb): number {
  let filled = 0;
  for (;;) {
    const rows = db
      .select({
        id: events.id,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        precision: events.precision,
        timeZone: events.timeZone,
      })
      .from(events)
      .where(eq(events.localStartDay, ''))
      .limit(BATCH)
      .all();
    if (rows.length === 0) return filled;
    db.transaction((tx) => {
      for (const row of rows) {
        const { startDay, endDay } = localSpan(row);
        tx.update(events).set({ localStartDay: startDay, localEndDay: endDay }).where(eq(events.id, row.id)).run();
      }
    });
    filled += rows.length;
  }
}
