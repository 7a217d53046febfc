import type { Metadata } from 'next';
import { DirectoryFilterForm } from '@/components/directory/directory-filter-form';
import { DirectoryResults } from '@/components/directory/directory-results';
import { DirectorySummary } from '@/components/directory/directory-summary';
import { listParties } from '@/db/queries/directory';
import { listDirectory, listEventChoices } from '@/db/queries/participants';
import { parseDirectoryQuery } from '@/lib/validation/directory-filters';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Participants' };

export default async function ParticipantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseDirectoryQuery(await searchParams);
  const [{ people, parties }, allParties, events] = await Promise.all([listDirectory({ filters: query }), listParties(), listEventChoices()]);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Participants</h1>
      <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">Who is in the room: the people and parties of the talks, the titles they hold, and the parts they played.</p>
      <div className="mt-4">
        <DirectoryFilterForm query={query} parties={allParties} events={events} />
      </div>
      <DirectorySummary query={query} peopleCount={people.length} partyCount={parties.length} parties={allParties} events={events} />
      <DirectoryResults people={people} parties={parties} query={query} />
    </>
  );
}
