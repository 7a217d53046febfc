// The party page's body, shared by today's page (page.tsx) and the page as of a moment (as-of/[at]).
import Link from 'next/link';
import { AsOfBanner } from '@/components/history/as-of-banner';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { SaidSection } from '@/components/claims/said-section';
import { PageSection } from '@/components/directory/page-section';
import { PartyMembers } from '@/components/directory/party-members';
import { PartyPeopleAtEvent } from '@/components/directory/party-people-at-event';
import { ParticipationList } from '@/components/directory/participation-list';
import { CommitmentList } from '@/components/commitments/commitment-list';
import { PositionHistory } from '@/components/positions/position-history';
import { listClaims } from '@/db/queries/claims';
import { listCommitments } from '@/db/queries/commitments';
import { getParty, listPartyEvents, type PartyEventDTO } from '@/db/queries/parties';
import { buildPositionMatrix, listPositions } from '@/db/queries/positions';
import { SAID_PREVIEW_SIZE } from '@/lib/claims-pages';
import { PARTY_KIND_LABELS, PARTY_ROLE_LABELS } from '@/lib/labels';
import type { AsOf } from '@/lib/validation/as-of';
import { SLUG_PATTERN } from '@/lib/validation/filters';
import { RecordPageHeader } from '@/components/directory/record-page-header';

/** One read per request, shared by the metadata and the page. */
export const loadParty = cache(async (slug: string) =>
  SLUG_PATTERN.test(slug) && slug.length <= 100 ? getParty({ slug }) : null,
);

/** The party page, today or (with `asOf`) with its events, claims and commitments as Parley held them then. */
export async function PartyView({ slug, asOf }: { slug: string; asOf?: AsOf }) {
  const party = await loadParty(slug);
  if (!party) notFound();
  const [events, positions, said, commitments] = await Promise.all([
    listPartyEvents({ slug: party.slug, asOf: asOf?.instant }),
    listPositions({ party: party.slug }),
    listClaims({ filters: { party: [party.slug], asOf: asOf?.instant }, order: 'newest', limit: SAID_PREVIEW_SIZE }),
    listCommitments({ filters: { party: [party.slug], asOf: asOf?.instant }, limit: 200 }),
  ]);
  const timelineHref = `/?party=${party.slug}${asOf ? `&asOf=${encodeURIComponent(asOf.written)}` : ''}`;
  return (
    <article aria-labelledby="party-name">
      {asOf && <AsOfBanner asOf={asOf} todayHref={`/parties/${party.slug}`} />}
      <RecordPageHeader
        headingId="party-name"
        name={party.name}
        back={{ href: '/participants', label: 'Participants' }}
        description={party.description}
        timelineHref={timelineHref}
        editHref={`/parties/${party.slug}/edit`}
      >
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {PARTY_KIND_LABELS[party.kind]}
          {party.aliases.length > 0 ? ` · also called ${party.aliases.join(', ')}` : ''}
        </p>
      </RecordPageHeader>

      <SaidSection name={party.name} page={said} moreHref={`/parties/${party.slug}/said`} show={{ topics: true }} />

      {commitments.items.length > 0 && (
        <PageSection id="commitments" title="Commitments">
          <CommitmentList commitments={commitments.items} label={`Commitments of ${party.name}`} asOf={asOf?.instant} />
          <p className="mt-2 text-sm">
            <Link
              href={`/commitments?party=${party.slug}${asOf ? `&asOf=${encodeURIComponent(asOf.instant)}` : ''}`}
              className="underline hover:no-underline"
            >
              {party.name}’s commitments in the tracker
            </Link>
          </p>
        </PageSection>
      )}

      <PageSection id="positions" title="Positions by topic">
        <PositionHistory cells={buildPositionMatrix(positions).cells} />
      </PageSection>

      <PageSection id="people" title="People and titles">
        <PartyMembers members={party.members} />
      </PageSection>

      <PartyParticipation name={party.name} events={events} timelineHref={timelineHref} />
    </article>
  );
}

/** The party's delegations (with the rounds they were part of and who sat in them), and every event with its roles. */
function PartyParticipation({
  name,
  events,
  timelineHref,
}: {
  name: string;
  events: { items: PartyEventDTO[]; more: boolean };
  timelineHref: string;
}) {
  const delegations = events.items.filter((item) => item.partyRoles.includes('delegation'));
  return (
    <div className="lg:grid lg:grid-cols-2 lg:gap-8">
      <PageSection id="delegations" title="Delegations">
        {delegations.length === 0 ? (
          <p className="text-slate-700 dark:text-slate-300">No delegations recorded.</p>
        ) : (
          <ParticipationList items={delegations} more={false} label={`Delegations of ${name}`}>
            {(item) => (
              <>
                {item.partOf.length > 0 && (
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    Part of{' '}
                    {item.partOf.map((round, i) => (
                      <span key={round.slug}>
                        {i > 0 ? ', ' : ''}
                        <Link href={`/events/${round.slug}`} className="underline hover:no-underline">
                          {round.title}
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
                <PartyPeopleAtEvent people={item.people} emptyText="Members not named in the sources." />
              </>
            )}
          </ParticipationList>
        )}
      </PageSection>
      <PageSection id="events" title="Events and roles">
        <ParticipationList
          items={events.items}
          more={events.more}
          timelineHref={timelineHref}
          label={`Events ${name} took part in`}
        >
          {(item) => (
            <>
              <p className="mt-1 text-sm">
                <span className="font-medium">Role:</span>{' '}
                {item.partyRoles.map((role) => PARTY_ROLE_LABELS[role]).join(', ')}
              </p>
              <PartyPeopleAtEvent people={item.people} />
            </>
          )}
        </ParticipationList>
      </PageSection>
    </div>
  );
}
