import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { EditLink } from '@/components/auth/edit-link';
import { EventDetail } from '@/components/event/event-detail';
import { getEvent } from '@/db/queries/events';
import { getEventReadouts } from '@/db/queries/readouts';
import { eventJsonLd, jsonForScript } from '@/lib/event-json-ld';
import { SLUG_PATTERN } from '@/lib/validation/filters';

// Rendered at its first request and kept until the data changes (see db/page-cache.mjs).
export const generateStaticParams = () => [];

type Params = Promise<{ slug: string }>;

// One read per request, shared by the metadata and the page.
const loadEvent = cache(async (slug: string) => (SLUG_PATTERN.test(slug) && slug.length <= 200 ? getEvent({ key: slug }) : null));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await loadEvent((await params).slug);
  return event ? { title: event.title, description: event.summary || undefined } : { title: 'Event not found' };
}

export default async function EventPage({ params }: { params: Params }) {
  const event = await loadEvent((await params).slug);
  if (!event) notFound();
  const readouts = await getEventReadouts({ key: event.slug });
  // The page is cached for every reader, so the address is the configured public one, else a path.
  const url = `${process.env.BETTER_AUTH_URL?.replace(/\/$/, '') ?? ''}/events/${event.slug}`;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(eventJsonLd(event, url)) }} />
      <EventDetail
        event={event}
        readouts={readouts}
        actions={<EditLink href={`/events/${event.slug}/edit`} label="Edit this event" />}
      />
    </>
  );
}
