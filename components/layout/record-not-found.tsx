import Link from 'next/link';

/** The page for an address whose record does not exist (or no longer does), with a way back to the list. */
export function RecordNotFound({
  title,
  text,
  back,
}: {
  title: string;
  text: string;
  back: { href: string; label: string };
}) {
  return (
    <section aria-labelledby="not-found-heading" className="py-10">
      <h1 id="not-found-heading" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{text}</p>
      <p className="mt-4">
        <Link
          href={back.href}
          className="font-medium text-accent-700 underline underline-offset-2 dark:text-accent-300"
        >
          {back.label}
        </Link>
      </p>
    </section>
  );
}
