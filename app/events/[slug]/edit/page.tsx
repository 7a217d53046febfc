import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EventForm } from '@/components/event-form/event-form';
import { linkClass } from '@/components/forms/field';
import { RevisionHistory } from '@/components/history/revision-history';
import { getEventSnapshot } from '@/db/queries/event-writes';
import { getEvent } from '@/db/queries/events';
import { pickLists } from '@/db/queries/pick-lists';
import { requirePageRole } from '@/lib/auth/require-page';
import { eventValues } from '@/lib/event-form';

export const metadata: Metadata = { title: 'Edit event' };

export default async function EditEventPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageRole('analyst', `/events/${slug}/edit`);
  const event = await getEvent({ key: slug.slice(0, 200) });
  const snapshot = event ? await getEventSnapshot({ id: event.id }) : null;
  if (!event || !snapshot) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Edit “{snapshot.title}”</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Version {snapshot.version}.{' '}
        <Link href={`/events/${snapshot.slug}/points`} className={linkClass}>
          Points: group this session’s claims
        </Link>
      </p>
      <EventForm
        initial={eventValues(snapshot)}
        target={{ id: event.id, version: snapshot.version }}
        slug={snapshot.slug}
        lists={await pickLists()}
      />
      <RevisionHistory entityType="event" entityId={event.id} />
    </>
  );
}
