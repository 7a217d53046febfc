import type { Metadata } from 'next';
import Link from 'next/link';
import { ClaimEditorList } from '@/components/claims/claim-editor-list';
import { linkClass } from '@/components/forms/field';
import { claimOptions, pickLists, positionOptions } from '@/db/queries/pick-lists';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'Records' };

const KINDS = [
  { list: 'parties', path: 'parties', title: 'Parties', one: 'party' },
  { list: 'people', path: 'people', title: 'People', one: 'person' },
  { list: 'topics', path: 'topics', title: 'Topics', one: 'topic' },
  { list: 'locations', path: 'locations', title: 'Locations', one: 'location' },
  { list: 'sources', path: 'sources', title: 'Sources', one: 'source' },
] as const;

export default async function RecordsPage() {
  await requirePageRole('analyst', '/records');
  const [lists, positions, claims] = await Promise.all([pickLists(), positionOptions(), claimOptions()]);
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Records</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Everything events refer to. Choose one to edit it, or add a new one.
      </p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {KINDS.map((kind) => (
          <section key={kind.list} aria-labelledby={`${kind.list}-heading`}>
            <div className="flex items-baseline justify-between gap-2">
              <h2 id={`${kind.list}-heading`} className="text-lg font-semibold">
                {kind.title}
              </h2>
              <Link href={`/${kind.path}/new`} className={linkClass}>
                New {kind.one}
              </Link>
            </div>
            <ul className="mt-2 space-y-1 text-sm">
              {lists[kind.list].map((option) => (
                <li key={option.slug}>
                  <Link href={`/${kind.path}/${option.slug}/edit`} className={linkClass}>
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
            <Link href="/positions/new" className={linkClass}>
              New position
            </Link>
          </div>
          <ul className="mt-2 space-y-1 text-sm">
            {positions.map((position) => (
              <li key={position.id}>
                <Link href={`/positions/${position.id}/edit`} className={linkClass}>
                  {position.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="claims-heading" className="md:col-span-2">
          <h2 id="claims-heading" className="text-lg font-semibold">
            Claims
          </h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            New claims are quoted from a source: open a source above and choose words in its text. Points group a
            session’s claims: open an event’s edit page. The claims about the latest sessions:
          </p>
          <ClaimEditorList claims={claims} empty="No claims yet." />
        </section>
      </div>
    </>
  );
}
