import { EventCardSkeleton } from '@/components/timeline/timeline-skeleton';

export default function EventLoading() {
  return (
    <div role="status" aria-label="Loading the event">
      <EventCardSkeleton />
    </div>
  );
}
