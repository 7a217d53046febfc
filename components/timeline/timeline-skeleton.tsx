// Grey shapes in the places content will take while it loads; hidden from screen readers,
// which hear the surrounding status instead.
const bar = 'rounded bg-slate-200 dark:bg-slate-800';

export function EventCardSkeleton() {
  return (
    <div
      aria-hidden="true"
      className="animate-pulse rounded-lg border border-slate-200 p-4 motion-reduce:animate-none dark:border-slate-800"
    >
      <div className={`h-3 w-24 ${bar}`} />
      <div className={`mt-3 h-4 w-3/4 ${bar}`} />
      <div className={`mt-3 h-3 w-1/2 ${bar}`} />
      <div className={`mt-4 h-3 w-2/3 ${bar}`} />
    </div>
  );
}

export function TimelineSkeleton() {
  return (
    <div role="status" aria-label="Loading the timeline" className="space-y-3">
      <div aria-hidden="true" className={`h-24 animate-pulse motion-reduce:animate-none ${bar}`} />
      {[0, 1, 2, 3].map((n) => (
        <EventCardSkeleton key={n} />
      ))}
    </div>
  );
}
