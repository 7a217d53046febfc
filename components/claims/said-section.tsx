import Link from 'next/link';
import type { ClaimPage } from '@/db/queries/claims';
import { PageSection } from '../directory/page-section';
import { ClaimList } from './claim-list';
import type { ClaimQuoteParts } from './claim-quote';

/** On a party's or a person's page: their newest claims, and the way to all of them. */
export function SaidSection({
  name,
  page,
  moreHref,
  show,
}: {
  name: string;
  page: ClaimPage;
  moreHref: string;
  show: ClaimQuoteParts;
}) {
  return (
    <PageSection id="said" title={`What ${name} said`}>
      <ClaimList
        claims={page.items}
        show={show}
        label={`Newest claims of ${name}`}
        empty={`No claims of ${name} recorded yet.`}
      />
      {page.nextCursor && (
        <p className="mt-4 text-sm">
          <Link
            href={moreHref}
            className="font-medium text-accent-700 underline underline-offset-2 hover:no-underline dark:text-accent-300"
          >
            Everything {name} said, newest first
          </Link>
        </p>
      )}
    </PageSection>
  );
}
