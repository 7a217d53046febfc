// Exports stream their text in chunks; tests read them whole.
import type { ParleyDb } from '@/db/connection';
import type { EventFilters } from '@/db/queries/events';
import { streamEvents } from '@/db/queries/event-stream';
import { IcsWriter } from '@/lib/exports/event-ics';

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** The calendar of the events matching `filters`, read page by page as the export reads them. */
export async function calendarOf(
  db: ParleyDb,
  { filters = {}, pageSize }: { filters?: EventFilters; pageSize?: number } = {},
): Promise<string> {
  const writer = new IcsWriter({ name: 'Parley events', origin: 'https://parley.test' });
  return collect(
    (async function* () {
      yield writer.head();
      for await (const page of streamEvents({ filters, pageSize, db })) yield page.map((e) => writer.event(e)).join('');
      yield writer.end();
    })(),
  );
}
