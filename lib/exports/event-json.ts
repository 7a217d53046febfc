// Events as the JSON export writes them: `{ "items": [...] }`, each item what
// GET /api/events/{slug} answers plus the event's claims and points as POST /api/claims and
// /api/points read them, one item per line so that import messages can name a line.
import type { EventExportDTO } from '@/db/queries/event-stream';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export async function* eventJson(pages: AsyncIterable<EventExportDTO[]>): AsyncGenerator<string> {
  yield '{"items":[';
  let first = true;
  for await (const page of pages) {
    if (!page.length) continue;
    yield `${first ? '\n' : ',\n'}${page.map((event) => JSON.stringify(event)).join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}
