import type { Metadata } from 'next';
import { SourceFirstEntry } from '@/components/source-first/source-first-entry';
import { listSources } from '@/db/queries/directory';
import { pickLists } from '@/db/queries/pick-lists';
import { idForKey } from '@/db/queries/references';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'New event from a source' };

// Opened from "New event" with nothing filled in, or from a source with its text, publisher,
// date and address already there.
export default async function FromSourcePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { source: key } = await searchParams;
  const slug = typeof key === 'string' ? key : '';
  await requirePageRole(
    'analyst',
    slug ? `/events/from-source?source=${encodeURIComponent(slug)}` : '/events/from-source',
  );
  const id = slug ? await idForKey({ table: 'sources', key: slug }) : null;
  const [source] = id === null ? [] : await listSources({ id });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">New event from a source</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Parley reads the source and proposes the event’s dates, people, parties, places, topics and citations. Review
        them; nothing is saved until you create the event.
      </p>
      <SourceFirstEntry
        initial={{
          text: source?.text ?? '',
          publishedAt: source?.publishedOn ?? '',
          timeZone: 'UTC',
          publisher: source?.publisher ?? '',
          url: source?.url ?? '',
          source: source?.slug ?? '',
        }}
        lists={await pickLists()}
      />
    </>
  );
}
