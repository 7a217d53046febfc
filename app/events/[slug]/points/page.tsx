import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { linkClass } from '@/components/forms/field';
import { NewPoint } from '@/components/points/new-point';
import { PointForm, type PointClaimOption } from '@/components/points/point-form';
import { getDb } from '@/db/client';
import { pointsOfEvent } from '@/db/queries/claim-writes';
import { claimsOfEvent } from '@/db/queries/claims';
import { getEvent } from '@/db/queries/events';
import { pickLists } from '@/db/queries/pick-lists';
import { requirePageRole } from '@/lib/auth/require-page';

export const metadata: Metadata = { title: 'Points of a session' };

export default async function EventPointsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageRole('analyst', `/events/${slug}/points`);
  const event = await getEvent({ key: slug.slice(0, 200) });
  if (!event) notFound();
  const [points, lists] = await Promise.all([pointsOfEvent({ eventId: event.id }), pickLists()]);
  const claims: PointClaimOption[] = claimsOfEvent(getDb(), event.id).map((c) => ({
    slug: c.slug,
    party: c.party.name,
    exact: c.quote.exact,
    source: c.source.title,
  }));
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Points of “{event.title}”</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        A point groups what the parties said about one matter of this session, and says whether their accounts agree.
        Claims are added from each source’s page.{' '}
        <Link href={`/events/${event.slug}`} className={linkClass}>
          Back to the event
        </Link>
      </p>
      <div className="mt-6 space-y-6">
        {points.map(({ id, slug: pointSlug, version, deletedAt: _deletedAt, ...values }) => (
          <section key={id} aria-label={values.label}>
            <PointForm
              initial={values}
              target={{ id, version }}
              draftKey={`parley:draft:point:${pointSlug}`}
              claims={claims}
              lists={lists}
            />
          </section>
        ))}
        <section aria-labelledby="new-point-heading">
          <h2 id="new-point-heading" className="mb-2 text-lg font-semibold">
            New point
          </h2>
          <NewPoint event={event.slug} claims={claims} lists={lists} />
        </section>
      </div>
    </>
  );
}
