import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EditLink } from '@/components/auth/edit-link';
import { CommitmentDetail } from '@/components/commitments/commitment-detail';
import { commitmentBySlug } from '@/db/queries/commitments';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export const dynamic = 'force-dynamic';

type Params = Promise<{ slug: string }>;

const loadCommitment = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) && slug.length <= 200 ? commitmentBySlug({ slug }) : null,
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const commitment = await loadCommitment((await params).slug);
  return { title: commitment ? commitment.text : 'Commitment not found' };
}

export default async function CommitmentPage({ params }: { params: Params }) {
  const commitment = await loadCommitment((await params).slug);
  if (!commitment) notFound();
  return (
    <CommitmentDetail
      commitment={commitment}
      actions={<EditLink href={`/commitments/${commitment.slug}/edit`} label="Edit or add a status" />}
    />
  );
}
