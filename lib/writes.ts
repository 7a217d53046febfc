// Every write Parley accepts, from a form's Server Action or the write API, goes through here:
// the role is checked at the point of the write, the body is parsed by the one schema for its
// kind, and the data layer writes it in one IMMEDIATE transaction with its revision.
import { RecordNotFoundError } from '@/db/errors';
import {
  addCommitmentStatus,
  createCommitment,
  deleteCommitment,
  getCommitment,
  restoreCommitment,
  updateCommitment,
  type CommitmentInput,
} from '@/db/queries/commitment-writes';
import {
  createAnalysis,
  deleteAnalysis,
  restoreAnalysis,
  updateAnalysis,
  type AnalysisInputs,
  type AnalysisKind,
} from '@/db/queries/claim-writes';
import type { EventInput } from '@/db/queries/event-writes';
import { createEvent, deleteEvent, restoreEvent, updateEvent } from '@/db/queries/event-writes';
import {
  createRecord,
  deleteRecord,
  restoreRecord,
  updateRecord,
  type RecordInputs,
  type RecordKind,
} from '@/db/queries/record-writes';
import { requireRole } from '@/lib/auth/session';
import { AppError, invalidInput } from '@/lib/errors';
import { saveSessionOutcomes } from '@/db/queries/session-outcomes';
import {
  commitmentStatusInputSchema,
  outcomeRows,
  sessionOutcomesInputSchema,
  statusChangeIn,
} from '@/lib/validation/commitments';
import { writeShape } from '@/lib/validation/read-shape';
import { COLLECTIONS, WRITE_SCHEMAS, writeTarget, type Collection, type WritableKind } from '@/lib/validation/writes';

type Inputs = RecordInputs & AnalysisInputs & { event: EventInput; commitment: CommitmentInput };

const isAnalysis = (kind: WritableKind): kind is AnalysisKind => kind === 'claim' || kind === 'point';

/**
 * The kind, and the id and version where the write needs them, checked like its body: a Server
 * Action's arguments are the client's to choose, whatever their declared types say.
 */
function target<const Keys extends 'id' | 'version'>(
  values: unknown,
  keys: Keys[],
): { kind: WritableKind } & Pick<{ id: number; version: number }, Keys> {
  const result = writeTarget
    .pick({
      kind: true,
      id: keys.includes('id' as Keys) || undefined,
      version: keys.includes('version' as Keys) || undefined,
    })
    .safeParse(values);
  if (!result.success) throw invalidInput(result.error);
  return result.data as { kind: WritableKind } & Pick<{ id: number; version: number }, Keys>;
}

/** Parses a body in the write shape, or in the shape GET answers (see validation/read-shape). */
export function parseWrite<K extends WritableKind>(kind: K, body: unknown): Inputs[K] {
  target({ kind }, []);
  const result = WRITE_SCHEMAS[kind].safeParse(writeShape(kind, body));
  if (!result.success) throw invalidInput(result.error);
  return result.data as Inputs[K];
}

/** The lists a body leaves out: the update keeps them as stored. */
function omittedCollections<K extends WritableKind>(kind: K, body: unknown): Collection<K>[] {
  const sent = body && typeof body === 'object' ? body : {};
  return (COLLECTIONS[kind] as readonly Collection<K>[]).filter((key) => !(key in sent));
}

export async function createWrite(kind: WritableKind, body: unknown) {
  const actor = await requireRole('analyst');
  if (kind === 'event') return createEvent({ input: parseWrite('event', body), actor });
  if (kind === 'commitment') return createCommitment({ input: parseWrite('commitment', body), actor });
  if (isAnalysis(kind)) return createAnalysis(kind, { input: parseWrite(kind, body), actor });
  return createRecord(kind as RecordKind, { input: parseWrite(kind as RecordKind, body), actor });
}

export async function updateWrite(
  kind: WritableKind,
  { body, ...where }: { id: number; version: number; body: unknown },
) {
  const actor = await requireRole('analyst');
  const { id, version } = target({ kind, ...where }, ['id', 'version']);
  if (kind === 'event')
    return updateEvent({
      id,
      version,
      input: parseWrite('event', body),
      keep: omittedCollections('event', body),
      actor,
    });
  if (kind === 'commitment')
    return updateCommitment({
      id,
      version,
      input: parseWrite('commitment', body),
      keep: omittedCollections('commitment', body),
      actor,
    });
  if (isAnalysis(kind))
    return updateAnalysis(kind, {
      id,
      version,
      input: parseWrite(kind, body),
      keep: omittedCollections(kind, body),
      actor,
    });
  return updateRecord(kind as RecordKind, {
    id,
    version,
    input: parseWrite(kind as RecordKind, body),
    keep: omittedCollections(kind, body),
    actor,
  });
}

export async function deleteWrite(kind: WritableKind, where: { id: number; version: number }): Promise<void> {
  const actor = await requireRole('analyst');
  const { id, version } = target({ kind, ...where }, ['id', 'version']);
  if (kind === 'event') await deleteEvent({ id, version, actor });
  else if (kind === 'commitment') await deleteCommitment({ id, version, actor });
  else if (isAnalysis(kind)) await deleteAnalysis(kind, { id, version, actor });
  else await deleteRecord(kind, { id, version, actor });
}

/** Only admins bring back what was deleted. */
export async function restoreWrite(kind: WritableKind, where: { id: number }) {
  const actor = await requireRole('admin');
  const { id } = target({ kind, ...where }, ['id']);
  if (kind === 'event') return restoreEvent({ id, actor });
  if (kind === 'commitment') return restoreCommitment({ id, actor });
  if (isAnalysis(kind)) return restoreAnalysis(kind, { id, actor });
  return restoreRecord(kind, { id, actor });
}

/** POST /api/commitments/{key}/status and the status form: one dated, sourced change, read in the commitment's zone. */
export async function addStatusWrite(where: { id: number }, body: unknown) {
  const actor = await requireRole('analyst');
  const parsed = commitmentStatusInputSchema.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  const stored = await getCommitment({ id: where.id });
  if (!stored || stored.deletedAt) throw new RecordNotFoundError('commitment', where.id);
  const result = statusChangeIn(parsed.data, stored.timeZone);
  if ('problem' in result)
    throw new AppError('bad_request', `${result.field} ${result.problem}`, { [result.field]: result.problem });
  return addCommitmentStatus({ id: where.id, version: parsed.data.version, change: result.change, actor });
}

/** The outcome form's "no agreement announced" and "talks to continue on …": a new version of the session. */
export async function sessionOutcomesWrite(where: { eventId: number }, body: unknown): Promise<void> {
  const actor = await requireRole('analyst');
  const parsed = sessionOutcomesInputSchema.safeParse(body);
  if (!parsed.success) throw invalidInput(parsed.error);
  await saveSessionOutcomes({
    eventId: where.eventId,
    version: parsed.data.version,
    outcomes: outcomeRows(parsed.data),
    actor,
  });
}
