import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DirectoryFilterForm } from '@/components/directory/directory-filter-form';
import { DirectoryResults } from '@/components/directory/directory-results';
import { DirectorySummary } from '@/components/directory/directory-summary';
import { SubjectIndex } from '@/components/directory/subject-index';
import { listLocations, listParties, listTopics } from '@/db/queries/directory';
import { listDirectory, listEventChoices } from '@/db/queries/participants';
import { directoryHref, parseDirectoryQuery } from '@/lib/validation/directory-filters';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Participants' };

export default async function ParticipantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const query = parseDirectoryQuery(params);
  // The filter form is a plain GET form and sends every field, empty or not: the address keeps
  // only the filters that are set, so it stays short and shareable.
  const href = directoryHref(query);
  const asked = new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => [value ?? []].flat().map((one) => [key, one])),
  ).toString();
  if (href !== (asked ? `/participants?${asked}` : '/participants')) redirect(href);
  const [{ people, parties }, allParties, events, topics, locations] = await Promise.all([
    listDirectory({ filters: query }),
    listParties(),
    listEventChoices(),
    listTopics(),
    listLocations(),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Participants</h1>
      <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">
        Who is in the room: the people and parties of the talks, the titles they hold, and the parts they played.
      </p>
      <div className="mt-4">
        <DirectoryFilterForm query={query} parties={allParties} events={events} />
      </div>
      <DirectorySummary
        query={query}
        peopleCount={people.length}
        partyCount={parties.length}
        parties={allParties}
        events={events}
      />
      <DirectoryResults people={people} parties={parties} query={query} />
      <SubjectIndex topics={topics} locations={locations} />
    </>
  );
}
