import Link from 'next/link';
import type { ClaimPage } from '@/db/queries/claims';
import { ClaimList } from './claim-list';
import type { ClaimQuoteParts } from './claim-quote';

type Props = {
  /** Who said it: a party's or a person's name, and their page. */
  name: string;
  href: string;
  /** This list's own address, which its pages add a cursor to. */
  path: string;
  page: ClaimPage;
  /** Whether this is a later page, reached through a cursor. */
  paged: boolean;
  show: ClaimQuoteParts;
};

const navLink = 'font-medium text-accent-700 underline underline-offset-2 hover:no-underline dark:text-accent-300';

/** Everything a party or a person is quoted as saying, newest first, a page at a time. */
export function SaidArchive({ name, href, path, page, paged, show }: Props) {
  return (
    <article aria-labelledby="said-heading">
      <p className="text-sm">
        <Link href={href} className="text-slate-700 underline hover:no-underline dark:text-slate-300">
          {name}
        </Link>
      </p>
      <h1 id="said-heading" className="mt-1 text-3xl font-semibold tracking-tight">
        What {name} said
      </h1>
      <p className="mt-1 mb-6 text-slate-700 dark:text-slate-300">
        {paged
          ? 'Older claims, newest first.'
          : 'Every claim recorded, newest first, each with the words quoted and its source.'}
      </p>
      <ClaimList
        claims={page.items}
        show={show}
        label={`Claims of ${name}, newest first`}
        empty={paged ? 'No older claims.' : `No claims of ${name} recorded yet.`}
      />
      {(paged || page.nextCursor) && (
        <nav aria-label="Pages of claims" className="mt-6 flex flex-wrap gap-4 text-sm">
          {paged && (
            <Link href={path} className={navLink}>
              Newest claims
            </Link>
          )}
          {page.nextCursor && (
            <Link href={`${path}?cursor=${page.nextCursor}`} className={navLink}>
              Older claims
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}
