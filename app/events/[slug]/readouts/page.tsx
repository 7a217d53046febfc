import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ReadoutComparison, readoutsHeading } from '@/components/event/readout-comparison';
import { RecordNotFoundError } from '@/db/errors';
import { getEventReadouts } from '@/db/queries/readouts';
import { SLUG_PATTERN } from '@/lib/validation/filters';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Params = Promise<{ slug: string }>;

const loadReadouts = cache(async (slug: string) => {
  if (!SLUG_PATTERN.test(slug) || slug.length > 200) return null;
  try {
    return await getEventReadouts({ key: slug });
  } catch (error) {
    if (error instanceof RecordNotFoundError) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const data = await loadReadouts((await params).slug);
  return data ? { title: `${readoutsHeading(data)}: ${data.event.title}` } : { title: 'Event not found' };
}

export default async function EventReadoutsPage({ params }: { params: Params }) {
  const data = await loadReadouts((await params).slug);
  if (!data) notFound();
  return (
    <article aria-labelledby="readouts-title">
      <nav aria-label="Breadcrumb" className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-2">
          <li>
            <Link href="/" className="underline underline-offset-2">
              Timeline
            </Link>{' '}
            <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href={`/events/${data.event.slug}`} className="underline underline-offset-2">
              {data.event.title}
            </Link>
          </li>
        </ol>
      </nav>
      <h1 id="readouts-title" className="mt-3 text-2xl font-semibold tracking-tight text-balance sm:text-3xl">
        {readoutsHeading(data)}: {data.event.title}
      </h1>
      <div className="mt-4">
        {data.readouts.length ? (
          <ReadoutComparison data={data} />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">No party’s readout of this session is recorded yet.</p>
        )}
      </div>
    </article>
  );
}
