// The full list of what a party or a person said: one route body for both, told apart by who speaks.
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { SaidArchive } from '@/components/claims/said-archive';
import type { ClaimQuoteParts } from '@/components/claims/claim-quote';
import { listClaims } from '@/db/queries/claims';
import { getParty } from '@/db/queries/parties';
import { getPerson } from '@/db/queries/people';
import { SAID_PAGE_SIZE } from '@/lib/claims-pages';
import { claimPageCursor } from '@/lib/validation/claims-query';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export type SaidPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

type Speaker = {
  find: (slug: string) => Promise<{ slug: string; name: string } | null>;
  base: string;
  filter: 'party' | 'person';
  missing: string;
  /** A person's claims name the party they spoke for; a party's would only repeat its own name. */
  show: ClaimQuoteParts;
};

const SPEAKERS: Record<'party' | 'person', Speaker> = {
  party: {
    find: (slug) => getParty({ slug }),
    base: '/parties',
    filter: 'party',
    missing: 'Party not found',
    show: { topics: true },
  },
  person: {
    find: (slug) => getPerson({ slug }),
    base: '/people',
    filter: 'person',
    missing: 'Person not found',
    show: { speaker: false, party: true, topics: true },
  },
};

async function findSpeaker(kind: keyof typeof SPEAKERS, slug: string) {
  return SLUG_PATTERN.test(slug) && slug.length <= 100 ? SPEAKERS[kind].find(slug) : null;
}

export async function saidMetadata(kind: keyof typeof SPEAKERS, { params }: SaidPageProps): Promise<Metadata> {
  const speaker = await findSpeaker(kind, (await params).slug);
  return { title: speaker ? `What ${speaker.name} said` : SPEAKERS[kind].missing };
}

export async function SaidPage({ kind, params, searchParams }: SaidPageProps & { kind: keyof typeof SPEAKERS }) {
  const speaker = await findSpeaker(kind, (await params).slug);
  if (!speaker) notFound();
  const { base, filter, show } = SPEAKERS[kind];
  const path = `${base}/${speaker.slug}/said`;
  const cursor = claimPageCursor((await searchParams).cursor);
  if (cursor === undefined) redirect(path);
  const page = await listClaims({
    filters: { [filter]: [speaker.slug] },
    order: 'newest',
    limit: SAID_PAGE_SIZE,
    cursor,
  });
  return (
    <SaidArchive
      name={speaker.name}
      href={`${base}/${speaker.slug}`}
      path={path}
      page={page}
      paged={cursor !== null}
      show={show}
    />
  );
}
