import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClaimForm } from '@/components/claims/claim-form';
import { linkClass } from '@/components/forms/field';
import { RevisionHistory } from '@/components/history/revision-history';
import { getAnalysis } from '@/db/queries/claim-writes';
import { pickLists } from '@/db/queries/pick-lists';
import { idForKey } from '@/db/queries/references';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'Edit claim' };

export default async function EditClaimPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageRole('analyst', `/claims/${slug}/edit`);
  const id = await idForKey({ table: 'claims', key: slug });
  const claim = id === null ? null : await getAnalysis('claim', { id });
  if (!claim || claim.deletedAt) notFound();
  const { id: _id, slug: _slug, version, deletedAt: _deletedAt, ...values } = claim;
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Edit claim</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Version {version}. Quoted from{' '}
        <Link href={`/sources/${values.source}/edit`} className={linkClass}>
          its source
        </Link>
        , where other words can be chosen for a new claim.
      </p>
      <div className="mt-4">
        <ClaimForm
          initial={values}
          target={{ id: claim.id, version }}
          draftKey={`parley:draft:claim:${claim.slug}`}
          lists={await pickLists()}
          afterDelete={`/sources/${values.source}/edit`}
        />
      </div>
      <RevisionHistory entityType="claim" entityId={claim.id} />
    </>
  );
}
