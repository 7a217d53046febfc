import type { Metadata } from 'next';
import Link from 'next/link';
import { pickLists, positionOptions } from '@/db/queries/pick-lists';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'Records' };

const KINDS = [
  { list: 'parties', path: 'parties', title: 'Parties', one: 'party' },
  { list: 'people', path: 'people', title: 'People', one: 'person' },
  { list: 'topics', path: 'topics', title: 'Topics', one: 'topic' },
  { list: 'locations', path: 'locations', title: 'Locations', one: 'location' },
  { list: 'sources', path: 'sources', title: 'Sources', one: 'source' },
] as const;

const link = 'underline decoration-slate-400 underline-offset-2 hover:decoration-slate-950 dark:hover:decoration-white';

export default async function RecordsPage() {
  await requirePageRole('analyst', '/records');
  const [lists, positions] = await Promise.all([pickLists(), positionOptions()]);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Records</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Everything events refer to. Choose one to edit it, or add a new one.</p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {KINDS.map((kind) => (
          <section key={kind.list} aria-labelledby={`${kind.list}-heading`}>
            <div className="flex items-baseline justify-between gap-2">
              <h2 id={`${kind.list}-heading`} className="text-lg font-semibold">
                {kind.title}
              </h2>
              <Link href={`/${kind.path}/new`} className={link}>
                New {kind.one}
              </Link>
            </div>
            <ul className="mt-2 space-y-1 text-sm">
              {lists[kind.list].map((option) => (
                <li key={option.slug}>
                  <Link href={`/${kind.path}/${option.slug}/edit`} className={link}>
                    {option.label}
                  </Link>
                  {option.hint && <span className="ml-2 text-slate-600 dark:text-slate-400">{option.hint}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
        <section aria-labelledby="positions-heading" className="md:col-span-2">
          <div className="flex items-baseline justify-between gap-2">
            <h2 id="positions-heading" className="text-lg font-semibold">
              Positions
            </h2>
            <Link href="/positions/new" className={link}>
              New position
            </Link>
          </div>
          <ul className="mt-2 space-y-1 text-sm">
            {positions.map((position) => (
              <li key={position.id}>
                <Link href={`/positions/${position.id}/edit`} className={link}>
                  {position.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
