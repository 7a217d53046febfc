// The person page's body, shared by today's page (page.tsx) and the page as of a moment (as-of/[at]).
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { SaidSection } from '@/components/claims/said-section';
import { AffiliationList } from '@/components/directory/affiliation-list';
import { PageSection } from '@/components/directory/page-section';
import { ParticipationList } from '@/components/directory/participation-list';
import { StatementList } from '@/components/directory/statement-list';
import { listClaims } from '@/db/queries/claims';
import { getPerson, listPersonEvents, listStatements } from '@/db/queries/people';
import { SAID_PREVIEW_SIZE } from '@/lib/claims-pages';
import { PERSON_ROLE_LABELS } from '@/lib/labels';
import type { AsOf } from '@/lib/validation/as-of';
import { SLUG_PATTERN } from '@/lib/validation/filters';
import { RecordPageHeader } from '@/components/directory/record-page-header';

/** One read per request, shared by the metadata and the page. */
export const loadPerson = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) && slug.length <= 100 ? getPerson({ slug }) : null,
);

/** The person page, today or (with `asOf`) with its events and claims as Parley held them then. */
export async function PersonView({ slug, asOf }: { slug: string; asOf?: AsOf }) {
  const person = await loadPerson(slug);
  if (!person) notFound();
  const [events, statements, said] = await Promise.all([
    listPersonEvents({ slug: person.slug, asOf: asOf?.instant }),
    listStatements({ personId: person.id }),
    listClaims({ filters: { person: [person.slug], asOf: asOf?.instant }, order: 'newest', limit: SAID_PREVIEW_SIZE }),
  ]);
  const timelineHref = `/?person=${person.slug}${asOf ? `&asOf=${encodeURIComponent(asOf.written)}` : ''}`;
  return (
    <article aria-labelledby="person-name">
      {asOf && <AsOfBanner asOf={asOf} todayHref={`/people/${person.slug}`} />}
      <RecordPageHeader
        headingId="person-name"
        name={person.name}
        back={{ href: '/participants', label: 'Participants' }}
        description={person.description}
        timelineHref={timelineHref}
        editHref={`/people/${person.slug}/edit`}
      >
        {person.current ? (
          <p className="mt-1 text-lg text-slate-800 dark:text-slate-200">
            {person.current.title},{' '}
            <Link href={`/parties/${person.current.partySlug}`} className="underline hover:no-underline">
              {person.current.partyName}
            </Link>
          </p>
        ) : (
          <p className="mt-1 text-slate-700 dark:text-slate-300">No title recorded.</p>
        )}
        {person.aliases.length > 0 && (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Also known as {person.aliases.join(', ')}</p>
        )}
      </RecordPageHeader>

      <SaidSection
        name={person.name}
        page={said}
        moreHref={`/people/${person.slug}/said`}
        show={{ speaker: false, party: true, topics: true }}
      />

      <div className="lg:grid lg:grid-cols-5 lg:gap-8">
        <div className="lg:col-span-3">
          <PageSection id="events" title="Events taken part in">
            <ParticipationList
              items={events.items}
              more={events.more}
              timelineHref={timelineHref}
              label={`Events ${person.name} took part in`}
            >
              {(item) => (
                <ul className="mt-1 space-y-0.5 text-sm">
                  {item.roles.map((role) => (
                    <li key={role.role}>
                      <span className="font-medium">{PERSON_ROLE_LABELS[role.role]}</span>
                      {role.title ? (
                        <span className="text-slate-700 dark:text-slate-300">
                          , as {role.title}
                          {role.party ? ` (${role.party.name})` : ''}
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </ParticipationList>
          </PageSection>
        </div>
        <div className="lg:col-span-2">
          <PageSection id="affiliations" title="Titles and affiliations">
            <AffiliationList affiliations={person.affiliations} currentId={person.current?.id ?? null} />
          </PageSection>
        </div>
      </div>

      <PageSection id="statements" title="Statements attributed">
        <StatementList statements={statements} />
      </PageSection>
    </article>
  );
}
