import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { asOfOf } from '@/lib/validation/as-of';
import { loadParty, PartyView } from '../../party-view';

// `/parties/<slug>?asOf=…`, rewritten here by proxy.ts.
type Props = { params: Promise<{ slug: string; at: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const party = await loadParty((await params).slug);
  return { title: party ? `${party.name} (as recorded then)` : 'Party not found', robots: { index: false } };
}

export default async function PartyAsOfPage({ params }: Props) {
  const { slug, at } = await params;
  const asOf = asOfOf({ asOf: decodeURIComponent(at) });
  if (!asOf) notFound();
  return <PartyView slug={slug} asOf={asOf} />;
}
