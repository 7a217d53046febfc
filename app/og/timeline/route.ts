// The link preview of a timeline view (`/og/timeline?party=…`): the view's filters in words and
// how many events it holds. Outside `/timeline/…`, which proxy.ts keeps for the pages.
import { getEventFacets } from '@/db/queries/event-facets';
import { ReferenceNotFoundError } from '@/db/errors';
import { filterWords } from '@/lib/filter-words';
import { previewImage } from '@/lib/og/preview-image';
import { lenientEventQuery, toEventFilters } from '@/lib/validation/filters';

export async function GET(request: Request) {
  const query = lenientEventQuery(new URL(request.url).searchParams);
  const words = await filterWords(query);
  let total: number | null = null;
  try {
    total = (await getEventFacets({ filters: toEventFilters(query) })).total;
  } catch (error) {
    // A view naming a record that is gone still gets a preview, without a count.
    if (!(error instanceof ReferenceNotFoundError)) throw error;
  }
  const count = total === null ? '' : `${total.toLocaleString('en-GB')} ${total === 1 ? 'event' : 'events'}`;
  return previewImage({
    eyebrow: 'Timeline',
    title: words ? `Events: ${words}` : 'Diplomatic talks, event by event',
    lines: [count].filter(Boolean),
  });
}
