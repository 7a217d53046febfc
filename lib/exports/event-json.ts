// Events as the JSON export writes them: `{ "items": [...] }`, each item exactly what
// GET /api/events/{slug} answers, one per line so that import messages can name a line.
import type { EventDetailDTO } from '@/db/queries/events';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export async function* eventJson(pages: AsyncIterable<EventDetailDTO[]>): AsyncGenerator<string> {
  yield '{"items":[';
  let first = true;
  for await (const page of pages) {
    if (!page.length) continue;
    yield `${first ? '\n' : ',\n'}${page.map((event) => JSON.stringify(event)).join(',\n')}`;
    first = false;
  }
  yield '\n]}\n';
}
