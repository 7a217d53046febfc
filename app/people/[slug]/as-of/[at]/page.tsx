import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { asOfOf } from '@/lib/validation/as-of';
import { loadPerson, PersonView } from '../../person-view';

// `/people/<slug>?asOf=…`, rewritten here by proxy.ts.
type Props = { params: Promise<{ slug: string; at: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await loadPerson((await params).slug);
  return { title: person ? `${person.name} (as recorded then)` : 'Person not found', robots: { index: false } };
}

export default async function PersonAsOfPage({ params }: Props) {
  const { slug, at } = await params;
  const asOf = asOfOf({ asOf: decodeURIComponent(at) });
  if (!asOf) notFound();
  return <PersonView slug={slug} asOf={asOf} />;
}
