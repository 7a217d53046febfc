import type { Metadata } from 'next';

// Benchmark probe: a page prerendered at build time, with no client code of its own. `npm run
// bench` uses it as the floor for page throughput and as the empty page that other pages'
// first-load JavaScript is compared with.
export const dynamic = 'force-static';

export const metadata: Metadata = { title: 'Benchmark probe', robots: { index: false, follow: false } };

export default function StaticBenchPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Benchmark probe</h1>
      <p className="mt-4 text-slate-700 dark:text-slate-300">
        A static page that <code>npm run bench</code> measures as the floor for pages.
      </p>
    </>
  );
}
