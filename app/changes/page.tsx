import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeList } from '@/components/history/change-list';
import { listChanges } from '@/db/queries/changes';
import { DEFAULT_WINDOW_DAYS, parseChangesQuery } from '@/lib/validation/changes';

export const metadata: Metadata = { title: 'What changed' };

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toParams(values: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) for (const v of [value ?? []].flat()) params.append(key, v);
  return params;
}

const field = 'mt-1 block rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900';

export default async function ChangesPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const parsed = parseChangesQuery(params);
  const errors = parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  const changes = parsed.success ? await listChanges(parsed.data) : null;
  const feed = `/feeds/changes.atom${params.size ? `?${params}` : ''}`;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">What changed</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Events, claims and commitments added, corrected or removed; without dates, the last {DEFAULT_WINDOW_DAYS} days.
        Party, topic and kind filter as on the{' '}
        <Link href="/" className="underline">
          timeline
        </Link>
        .{' '}
        <a href={feed} className="underline">
          Atom feed of these changes
        </a>
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-4">
        {(['since', 'until'] as const).map((name) => (
          <label key={name} className="text-sm font-medium">
            {name === 'since' ? 'Since' : 'Until'}
            <input
              name={name}
              defaultValue={params.get(name) ?? ''}
              placeholder="2025-03-24"
              aria-describedby={`${name}-error`}
              className={field}
            />
            <span id={`${name}-error`} aria-live="polite" className="block text-red-800 dark:text-red-300">
              {errors[name] ?? ''}
            </span>
          </label>
        ))}
        {(['party', 'topic', 'kind'] as const).flatMap((name) =>
          params
            .getAll(name)
            .map((value) => <input key={`${name}-${value}`} type="hidden" name={name} value={value} />),
        )}
        <button
          type="submit"
          className="rounded border border-slate-300 px-3 py-1 text-sm font-medium dark:border-slate-700"
        >
          Show
        </button>
      </form>
      {changes && <ChangeList changes={changes.items} />}
      {changes?.truncated && (
        <p className="mt-3 text-sm">Only the latest changes are listed: choose a shorter window to see the rest.</p>
      )}
    </>
  );
}
