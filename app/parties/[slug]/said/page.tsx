import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { SaidArchive } from '@/components/claims/said-archive';
import { listClaims } from '@/db/queries/claims';
import { getParty } from '@/db/queries/parties';
import { SAID_PAGE_SIZE } from '@/lib/claims-pages';
import { claimPageCursor } from '@/lib/validation/claims-query';
import { SLUG_PATTERN } from '@/lib/validation/filters';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const party = SLUG_PATTERN.test(slug) ? await getParty({ slug }) : null;
  return { title: party ? `What ${party.name} said` : 'Party not found' };
}

export default async function PartySaidPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const party = SLUG_PATTERN.test(slug) && slug.length <= 100 ? await getParty({ slug }) : null;
  if (!party) notFound();
  const path = `/parties/${party.slug}/said`;
  const cursor = claimPageCursor((await searchParams).cursor);
  if (cursor === undefined) redirect(path);
  const page = await listClaims({ filters: { party: [party.slug] }, order: 'newest', limit: SAID_PAGE_SIZE, cursor });
  return <SaidArchive name={party.name} href={`/parties/${party.slug}`} path={path} page={page} paged={cursor !== null} show={{ topics: true }} />;
}
