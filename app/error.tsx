'use client';

/** Any failure while rendering a page: a plain message and a retry, never a stack trace. */
export default function ErrorView({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" aria-labelledby="error-heading" className="py-10">
      <h1 id="error-heading" className="text-2xl font-semibold">
        Something went wrong
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        This page could not be shown just now. Please try again.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 rounded-md bg-accent-700 px-4 py-2 text-sm font-medium text-white hover:bg-accent-600"
      >
        Try again
      </button>
    </section>
  );
}
