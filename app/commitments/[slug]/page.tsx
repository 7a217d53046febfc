import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EditLink } from '@/components/auth/edit-link';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { CommitmentDetail } from '@/components/commitments/commitment-detail';
import { commitmentBySlug } from '@/db/queries/commitments';
import { getCommitmentAsOf } from '@/db/queries/commitments-as-of';
import { asOfOf } from '@/lib/validation/as-of';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Today's commitment, or (with `at`) the commitment as Parley held it then, deleted since or not. */
const loadCommitment = cache(async (slug: string, at?: string) => {
  if (!SLUG_PATTERN.test(slug) || slug.length > 200) return null;
  return at ? getCommitmentAsOf({ key: slug, at }) : commitmentBySlug({ slug });
});

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const commitment = await loadCommitment((await params).slug, asOfOf(await searchParams)?.instant);
  return { title: commitment ? commitment.text : 'Commitment not found' };
}

export default async function CommitmentPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const asOf = asOfOf(await searchParams);
  const commitment = await loadCommitment((await params).slug, asOf?.instant);
  if (!commitment) notFound();
  return (
    <>
      {asOf && <AsOfBanner asOf={asOf} todayHref={`/commitments/${commitment.slug}`} />}
      <CommitmentDetail
        commitment={commitment}
        asOf={asOf?.instant}
        actions={
          asOf ? undefined : <EditLink href={`/commitments/${commitment.slug}/edit`} label="Edit or add a status" />
        }
      />
    </>
  );
}
