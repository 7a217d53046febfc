import type { Metadata } from 'next';
import { loadPerson, PersonView } from './person-view';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).slug);
  return { title: person ? person.name : 'Person not found' };
}

export default async function PersonPage({ params }: Props) {
  return <PersonView slug={(await params).slug} />;
}
