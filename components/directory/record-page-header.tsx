import Link from 'next/link';
import { EditLink } from '@/components/auth/edit-link';

/**
 * The head of a person's, party's, topic's or place's page: the way back to its list, its name,
 * what it is (`children`), its description, and its events on the timeline beside the edit link.
 * The heading's id is `headingId`, which the page's article is labelled by.
 */
export function RecordPageHeader({
  headingId,
  name,
  back,
  description,
  timelineHref,
  editHref,
  children,
}: {
  headingId: string;
  name: string;
  back: { href: string; label: string };
  description?: string | null;
  timelineHref: string;
  editHref: string;
  children?: React.ReactNode;
}) {
  return (
    <>
      <p className="text-sm">
        <Link href={back.href} className="text-slate-700 underline hover:no-underline dark:text-slate-300">
          {back.label}
        </Link>
      </p>
      <h1 id={headingId} className="mt-1 text-3xl font-semibold tracking-tight">
        {name}
      </h1>
      {children}
      {description && <p className="mt-3 max-w-prose">{description}</p>}
      <p className="mt-3 flex flex-wrap gap-2">
        <Link
          href={timelineHref}
          className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {name} on the timeline
        </Link>
        <EditLink href={editHref} />
      </p>
    </>
  );
}
