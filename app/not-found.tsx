import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="py-10">
      <h1 id="not-found-heading" className="text-2xl font-semibold">
        Page not found
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">Nothing lives at this address.</p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300">
          Go to the timeline
        </Link>
      </p>
    </section>
  );
}
