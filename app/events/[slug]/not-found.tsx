import Link from 'next/link';

export default function EventNotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="py-10">
      <h1 id="not-found-heading" className="text-2xl font-semibold">
        No such event
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">There is no event at this address. It may have been renamed or removed.</p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Back to the timeline
        </Link>
      </p>
    </section>
  );
}
