import { EventSummary } from '@/components/timeline/event-summary';
import { listEvents } from '@/db/queries/events';

export const dynamic = 'force-dynamic';

export default async function TimelinePage() {
  const { items } = await listEvents({ limit: 200 });
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Timeline</h1>
      {items.length === 0 ? (
        <p className="mt-4 text-slate-700 dark:text-slate-300">No events recorded yet.</p>
      ) : (
        <ol className="mt-4 space-y-3">
          {items.map((event) => (
            <li key={event.id}>
              <EventSummary event={event} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
