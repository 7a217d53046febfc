import type { Metadata } from 'next';
import Link from 'next/link';
import { linkClass } from '@/components/forms/field';
import { EventForm } from '@/components/event-form/event-form';
import { pickLists } from '@/db/queries/pick-lists';
import { requirePageRole } from '@/lib/auth/require-page';
import { newEventValues } from '@/lib/event-form';

export const metadata: Metadata = { title: 'New event' };

export default async function NewEventPage() {
  await requirePageRole('analyst', '/events/new');
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">New event</h1>
      <p className="mt-1 text-sm">
        Starting from an article or readout?{' '}
        <Link href="/events/from-source" className={linkClass}>
          Paste the source and review a draft event instead
        </Link>
        .
      </p>
      <EventForm initial={newEventValues()} target={null} slug={null} lists={await pickLists()} />
    </>
  );
}
