import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EditLink } from '@/components/auth/edit-link';
import { EventDetail } from '@/components/event/event-detail';
import { Outcomes } from '@/components/event/outcomes';
import { listCommitments } from '@/db/queries/commitments';
import { getEvent } from '@/db/queries/events';
import { getEventReadouts } from '@/db/queries/readouts';
import { outcomesOfEvent } from '@/db/queries/session-outcomes';
import { eventJsonLd, jsonForScript } from '@/lib/event-json-ld';
import { SLUG_PATTERN } from '@/lib/validation/filters';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Params = Promise<{ slug: string }>;

// One read per request, shared by the metadata and the page.
const loadEvent = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) && slug.length <= 200 ? getEvent({ key: slug }) : null,
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  return event ? { title: event.title, description: event.summary || undefined } : { title: 'Event not found' };
}

export default async function EventPage({ params }: { params: Params }) {
  const event = await loadEvent((await params).slug);
  if (!event) notFound();
  const [readouts, commitments, outcomes] = await Promise.all([
    getEventReadouts({ key: event.slug }),
    listCommitments({ filters: { event: [event.slug] }, limit: 200 }),
    outcomesOfEvent({ eventId: event.id }),
  ]);
  const actions = (
    <>
      <EditLink href={`/events/${event.slug}/edit`} label="Edit this event" />
      <EditLink href={`/events/${event.slug}/outcomes`} label="Add an outcome" />
    </>
  );
  // The page is cached for every reader, so the address is the configured public one, else a path.
  const url = `${process.env.BETTER_AUTH_URL?.replace(/\/$/, '') ?? ''}/events/${event.slug}`;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(eventJsonLd(event, url)) }} />
      <EventDetail
        event={event}
        readouts={readouts}
        actions={actions}
        outcomes={<Outcomes commitments={commitments.items} outcomes={outcomes} />}
      />
    </>
  );
}
