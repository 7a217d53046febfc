import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { SaidArchive } from '@/components/claims/said-archive';
import { listClaims } from '@/db/queries/claims';
import { getPerson } from '@/db/queries/people';
import { SAID_PAGE_SIZE } from '@/lib/claims-pages';
import { claimPageCursor } from '@/lib/validation/claims-query';
import { SLUG_PATTERN } from '@/lib/validation/filters';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const person = SLUG_PATTERN.test(slug) ? await getPerson({ slug }) : null;
  return { title: person ? `What ${person.name} said` : 'Person not found' };
}

export default async function PersonSaidPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const person = SLUG_PATTERN.test(slug) && slug.length <= 100 ? await getPerson({ slug }) : null;
  if (!person) notFound();
  const path = `/people/${person.slug}/said`;
  const cursor = claimPageCursor((await searchParams).cursor);
  if (cursor === undefined) redirect(path);
  const page = await listClaims({ filters: { person: [person.slug] }, order: 'newest', limit: SAID_PAGE_SIZE, cursor });
  return <SaidArchive name={person.name} href={`/people/${person.slug}`} path={path} page={page} paged={cursor !== null} show={{ speaker: false, party: true, topics: true }} />;
}
