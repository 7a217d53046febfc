import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitmentForm } from '@/components/commitments/commitment-form';
import { SessionOutcomesForm } from '@/components/commitments/session-outcomes-form';
import { linkClass } from '@/components/forms/field';
import { listClaims } from '@/db/queries/claims';
import { getEvent } from '@/db/queries/events';
import { pickLists } from '@/db/queries/pick-lists';
import { outcomesOfEvent } from '@/db/queries/session-outcomes';
import { createCommitmentAction } from '@/lib/actions/commitments';
import { requirePageRole } from '@/lib/auth/require-page';
import { claimOptions, sessionFirst, sessionParties, sessionSources } from '@/lib/commitment-form';
import { instantToWallTime } from '@/lib/time';
import { SLUG_PATTERN } from '@/lib/validation/filters';

export const metadata: Metadata = { title: 'Add an outcome' };

export default async function SessionOutcomesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageRole('analyst', `/events/${slug}/outcomes`);
  const event = SLUG_PATTERN.test(slug) ? await getEvent({ key: slug }) : null;
  if (!event) notFound();
  const [lists, claims, outcomes] = await Promise.all([
    pickLists(),
    listClaims({ filters: { event: [event.slug] }, limit: 200 }),
    outcomesOfEvent({ eventId: event.id }),
  ]);
  const sources = sessionFirst(sessionSources(event), lists.sources);
  const parties = sessionParties(event);
  const followUp = outcomes.find((outcome) => outcome.kind === 'talks_to_continue');
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Add an outcome</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Of{' '}
        <Link href={`/events/${event.slug}`} className={linkClass}>
          {event.title}
        </Link>
        : what the parties committed to here, or that no agreement was announced, or when the talks continue.
      </p>
      <h2 className="mt-6 text-lg font-semibold">A commitment</h2>
      <div className="mt-2">
        <CommitmentForm
          action={createCommitmentAction}
          values={{
            text: '',
            quantity: '',
            unit: '',
            event: event.slug,
            parties: [],
            topics: [],
            claims: [],
            startsAt: '',
            deadlineAt: '',
            durationDays: '',
            timeZone: event.timeZone,
          }}
          firstStatus={{
            status: 'agreed',
            at: instantToWallTime(event.startsAt, event.timeZone),
            source: sources[0]?.slug ?? '',
          }}
          lists={{
            parties: parties.length ? parties : sessionFirst([], lists.parties),
            topics: event.topics.map((topic) => ({ slug: topic.slug, label: topic.name })),
            claims: claimOptions(claims.items),
            sources,
          }}
        />
      </div>
      <h2 className="mt-8 text-lg font-semibold">Other outcomes</h2>
      <div className="mt-2">
        <SessionOutcomesForm
          session={{ id: event.id, slug: event.slug, version: event.version }}
          events={lists.events
            .filter((other) => other.slug !== event.slug)
            .map((other) => ({ slug: other.slug, label: `${other.hint} ${other.label}` }))}
          values={{
            noAgreement: outcomes.some((outcome) => outcome.kind === 'no_agreement_announced'),
            followUp: followUp?.followUp?.slug ?? '',
            note: outcomes[0]?.note ?? '',
          }}
        />
      </div>
    </>
  );
}
