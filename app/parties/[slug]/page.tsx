import type { Metadata } from 'next';
import { loadParty, PartyView } from './party-view';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const party = await loadParty((await params).slug);
  return { title: party ? party.name : 'Party not found' };
}

export default async function PartyPage({ params }: Props) {
  return <PartyView slug={(await params).slug} />;
}
