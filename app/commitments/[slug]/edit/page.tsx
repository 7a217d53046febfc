import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommitmentForm, type CommitmentFormValues } from '@/components/commitments/commitment-form';
import { StatusForm } from '@/components/commitments/status-form';
import { linkClass } from '@/components/forms/field';
import { RevisionHistory } from '@/components/history/revision-history';
import { listClaims } from '@/db/queries/claims';
import { getCommitment } from '@/db/queries/commitment-writes';
import { commitmentById } from '@/db/queries/commitments';
import { pickLists } from '@/db/queries/pick-lists';
import { idForKey } from '@/db/queries/references';
import { updateCommitmentAction } from '@/lib/actions/commitments';
import { requirePageRole } from '@/lib/auth/require-page';
import { claimOptions, sessionFirst } from '@/lib/commitment-form';
import { COMMITMENT_STATUS_LABELS } from '@/lib/labels';
import { instantToWallTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Edit commitment' };

type Commitment = NonNullable<Awaited<ReturnType<typeof getCommitment>>>;

/** The status a new status most likely records: an agreement is next partly, then fully, carried out. */
const NEXT_STATUS: Partial<Record<Commitment['status'], Commitment['status']>> = {
  agreed: 'partly_implemented',
  partly_implemented: 'implemented',
};

/** The source of the last status, labelled from the list where it is there. */
function sourceOption(slug: string, sources: readonly { slug: string; label: string }[]) {
  return { slug, label: sources.find((source) => source.slug === slug)?.label ?? slug };
}

/** The form's values: instants as wall times in the commitment's zone, a duration instead of its deadline. */
function formValues(commitment: Commitment): CommitmentFormValues {
  const wall = (instant: string | null) => (instant ? instantToWallTime(instant, commitment.timeZone) : '');
  return {
    text: commitment.text,
    quantity: commitment.quantity === null ? '' : String(commitment.quantity),
    unit: commitment.unit ?? '',
    event: commitment.event ?? '',
    parties: commitment.parties,
    topics: commitment.topics,
    claims: commitment.claims,
    startsAt: wall(commitment.startsAt),
    deadlineAt: commitment.durationDays ? '' : wall(commitment.deadlineAt),
    durationDays: commitment.durationDays ? String(commitment.durationDays) : '',
    timeZone: commitment.timeZone,
  };
}

export default async function EditCommitmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { slug } = await params;
  await requirePageRole('analyst', `/commitments/${slug}/edit`);
  const id = await idForKey({ table: 'commitments', key: slug });
  const commitment = id === null ? null : await getCommitment({ id });
  if (!commitment || commitment.deletedAt) notFound();
  const [lists, sessionClaims, dto] = await Promise.all([
    pickLists(),
    commitment.event ? listClaims({ filters: { event: [commitment.event] }, limit: 200 }) : null,
    commitmentById({ id: commitment.id }),
  ]);
  // Its session's claims, and any linked from elsewhere, so that saving keeps every term it has.
  const claims = [
    ...new Map([...(dto?.claims ?? []), ...(sessionClaims?.items ?? [])].map((claim) => [claim.slug, claim])).values(),
  ];
  const partyOptions = sessionFirst([], lists.parties);
  const lastSource = commitment.statusHistory.at(-1)?.source ?? '';
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Edit commitment</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Version {commitment.version}, now {COMMITMENT_STATUS_LABELS[commitment.status].toLowerCase()}.{' '}
        <Link href={`/commitments/${commitment.slug}`} className={linkClass}>
          Its page
        </Link>
      </p>
      {(await searchParams).saved && (
        <p
          role="status"
          className="mt-3 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm dark:border-emerald-400 dark:bg-emerald-950"
        >
          Saved.
        </p>
      )}
      <h2 className="mt-6 text-lg font-semibold">Add a status</h2>
      <div className="mt-2">
        <StatusForm
          commitment={{
            id: commitment.id,
            slug: commitment.slug,
            version: commitment.version,
            timeZone: commitment.timeZone,
          }}
          parties={partyOptions.filter((party) => commitment.parties.includes(party.slug))}
          sources={sessionFirst(lastSource ? [sourceOption(lastSource, lists.sources)] : [], lists.sources)}
          defaults={{ status: NEXT_STATUS[commitment.status] ?? commitment.status, source: lastSource }}
        />
      </div>
      <h2 className="mt-8 text-lg font-semibold">The commitment</h2>
      <div className="mt-2">
        <CommitmentForm
          action={updateCommitmentAction}
          target={{ id: commitment.id, version: commitment.version }}
          values={formValues(commitment)}
          lists={{
            parties: partyOptions,
            topics: sessionFirst([], lists.topics),
            claims: claimOptions(claims),
            sources: [],
          }}
        />
      </div>
      <RevisionHistory entityType="commitment" entityId={commitment.id} />
    </>
  );
}
