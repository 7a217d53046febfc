import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { EventDetail } from '@/components/event/event-detail';
import { getEvent } from '@/db/queries/events';
import { asOfOf } from '@/lib/validation/as-of';
import { SLUG_PATTERN } from '@/lib/validation/filters';

// `/events/<slug>?asOf=…`, rewritten here by proxy.ts: the event as Parley held it then. Its
// readouts and points have no history yet, so this view leaves them out rather than mix times.
type Params = Promise<{ slug: string; at: string }>;

async function load(params: Params) {
  const { slug, at } = await params;
  const asOf = asOfOf({ asOf: decodeURIComponent(at) });
  if (!asOf || !SLUG_PATTERN.test(slug) || slug.length > 200) return null;
  const event = await getEvent({ key: slug, asOf: asOf.instant });
  return { slug, asOf, event };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await load(params);
  return {
    title: loaded?.event ? `${loaded.event.title} (as recorded then)` : 'Event not found',
    robots: { index: false },
  };
}

export default async function EventAsOfPage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { slug, asOf, event } = loaded;
  return (
    <>
      <AsOfBanner asOf={asOf} todayHref={`/events/${slug}`} />
      {event ? (
        <EventDetail event={event} />
      ) : (
        <p>Parley held no record of this event at that moment: it was added later, or deleted by then.</p>
      )}
    </>
  );
}
