import type { Metadata } from 'next';
import Link from 'next/link';
import { linkClass } from '@/components/forms/field';
import { SourceQuoter } from '@/components/claims/source-quoter';
import { ClaimEditorList } from '@/components/claims/claim-editor-list';
import { RecordEditorPage } from '@/components/forms/record-editor-page';
import { getDb } from '@/db/client';
import { claimsOfSource } from '@/db/queries/claims';
import { listSources } from '@/db/queries/directory';
import { pickLists } from '@/db/queries/pick-lists';
import { idForKey } from '@/db/queries/references';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'Edit source' };

export default async function EditSourcePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const path = `/sources/${slug}/edit`;
  await requirePageRole('analyst', path);
  const id = await idForKey({ table: 'sources', key: slug });
  const [source] = id === null ? [] : await listSources({ id });
  return (
    <RecordEditorPage kind="source" recordKey={slug} path={path}>
      {source && <SourceClaims source={source} />}
    </RecordEditorPage>
  );
}

async function SourceClaims({ source }: { source: Awaited<ReturnType<typeof listSources>>[number] }) {
  const claims = claimsOfSource(getDb(), source.id);
  return (
    <section
      aria-labelledby="source-claims-heading"
      className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2 id="source-claims-heading" className="text-xl font-semibold">
        Claims from this source
      </h2>
      {source.text && (
        <p className="mt-2 text-sm">
          <Link href={`/events/from-source?source=${encodeURIComponent(source.slug)}`} className={linkClass}>
            Enter an event from this source
          </Link>{' '}
          (its text read into a draft event to review)
        </p>
      )}
      {source.text ? (
        <SourceQuoter
          source={{ slug: source.slug, kind: source.kind, party: source.party?.slug ?? null }}
          text={source.text}
          claims={claims.map((c) => ({ slug: c.slug, party: c.party.name, quote: c.quote }))}
          lists={await pickLists()}
        />
      ) : (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
          Enter the source’s text above and save it to quote claims from it.
        </p>
      )}
      <h3 className="mt-6 text-lg font-semibold">Claims quoted so far</h3>
      <ClaimEditorList
        claims={claims.map((c) => ({
          slug: c.slug,
          label: `${c.party.name}: “${c.quote.exact}”`,
          hint: c.event.title,
        }))}
        empty="None yet."
      />
    </section>
  );
}
