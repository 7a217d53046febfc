// The tracker's filters as plain links: each choice is an address, so a filtered view can be
// shared, bookmarked and read without JavaScript. Choosing a value again removes it.
import Link from 'next/link';
import type { CommitmentStatus } from '@/db/enums';
import { COMMITMENT_STATUS_LABELS } from '@/lib/labels';

/** `asOf` (the instant) is kept in every link, so filtering a tracker as of then stays as of then. */
export type TrackerQuery = { party: string[]; topic: string[]; status: CommitmentStatus[]; asOf?: string };
type Key = keyof TrackerQuery;

const chip = 'inline-block rounded-full border px-2.5 py-0.5 text-sm';
const chosen = 'border-sky-800 bg-sky-800 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950';
const unchosen = 'border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/** The tracker's address with `value` of `key` toggled, the other filters kept. */
export function trackerHref(query: TrackerQuery, key?: Key, value?: string): string {
  const params = new URLSearchParams();
  for (const name of ['party', 'topic', 'status'] as const) {
    const values = new Set<string>(query[name]);
    if (name === key && value !== undefined) {
      if (values.has(value)) values.delete(value);
      else values.add(value);
    }
    for (const one of values) params.append(name, one);
  }
  if (query.asOf) params.set('asOf', query.asOf);
  const search = params.toString();
  return search ? `/commitments?${search}` : '/commitments';
}

function Group({
  title,
  name,
  choices,
  query,
}: {
  title: string;
  name: Key;
  choices: { value: string; label: string }[];
  query: TrackerQuery;
}) {
  if (!choices.length) return null;
  return (
    <div>
      <h2 className="text-sm font-semibold">{title}</h2>
      <ul className="mt-1 flex flex-wrap gap-2">
        {choices.map((choice) => {
          const active = (query[name] as string[]).includes(choice.value);
          return (
            <li key={choice.value}>
              <Link
                href={trackerHref(query, name, choice.value)}
                aria-current={active ? 'true' : undefined}
                className={`${chip} ${active ? chosen : unchosen}`}
              >
                {choice.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function TrackerFilters({
  query,
  parties,
  topics,
  statuses,
}: {
  query: TrackerQuery;
  parties: { slug: string; name: string }[];
  topics: { slug: string; name: string }[];
  statuses: CommitmentStatus[];
}) {
  const named = (items: { slug: string; name: string }[]) =>
    items.map((item) => ({ value: item.slug, label: item.name }));
  return (
    <nav aria-label="Filter commitments" className="space-y-3">
      <Group title="Party" name="party" choices={named(parties)} query={query} />
      <Group title="Topic" name="topic" choices={named(topics)} query={query} />
      <Group
        title="Status"
        name="status"
        choices={statuses.map((status) => ({ value: status, label: COMMITMENT_STATUS_LABELS[status] }))}
        query={query}
      />
    </nav>
  );
}
