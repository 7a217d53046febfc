// Bulk import of events matched by slug: every row is tried inside one IMMEDIATE transaction,
// each in its own savepoint so that one bad row is reported without hiding the others; then
// the whole transaction is committed only when no row failed and this is not a dry run.
// Thousands of rows take seconds, so the transaction runs on a connection of its own and gives
// the event loop a turn between slices of rows: the app's connection goes on answering reads
// from the last committed state (WAL), and its writes are refused until the import ends.
import { eq } from 'drizzle-orm';
import { holdingImportLock, openDatabase, type ParleyDb, type ParleyTx } from '../connection';
import { forEachYielding } from '../event-loop';
import { events } from '../schema';
import { getDb } from '../client';
import { applyEventAnalyses, type ImportedClaim, type ImportedPoint } from './claim-exchange';
import { hydrateEvents } from './event-dto';
import { eventSnapshot, insertEvent, replaceEvent, statedDuration, type EventInput } from './event-writes';
import type { Actor } from './revisions';

/** Parts of an event a file may leave out; an update then keeps what is stored. */
export type KeptPart = 'citations' | 'relations' | 'statusHistory' | 'durationMinutes' | 'durationBound';

export type ImportRow = {
  /** Where the row starts in the file, for messages. */
  line: number;
  input: EventInput & { slug: string };
  /** The version the file was exported at, when it says. */
  version?: number;
  keep: readonly KeptPart[];
  /** The event's claims and points as the file states them; left out (a CSV file), the stored ones stay. */
  claims?: readonly ImportedClaim[];
  points?: readonly ImportedPoint[];
};

export type ImportAction = 'create' | 'update' | 'unchanged';
export type ImportOutcome = { line: number; slug: string; action: ImportAction };
export type ImportRejection = { line: number; slug: string | null; reason: string };
export type ImportReport = {
  dryRun: boolean;
  /** True only when the rows were written: a real run with no rejected row. */
  committed: boolean;
  created: ImportOutcome[];
  updated: ImportOutcome[];
  unchanged: ImportOutcome[];
  rejected: ImportRejection[];
};

const iso = (instant: string) => new Date(instant).toISOString();
const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/** One spelling of an event's content, so that "unchanged" means the same facts, not the same order. */
function canonical(input: EventInput): string {
  const citation = (c: NonNullable<EventInput['citations']>[number]) => ({
    source: c.source,
    excerpt: c.excerpt,
    attribution: c.attribution,
    attributedTo: c.attributedTo ?? null,
    confidence: c.confidence,
    note: c.note ?? '',
  });
  return JSON.stringify({
    kind: input.kind,
    title: input.title,
    summary: input.summary ?? '',
    startsAt: iso(input.startsAt),
    endsAt: input.endsAt ? iso(input.endsAt) : null,
    timeZone: input.timeZone,
    precision: input.precision,
    approximate: input.approximate ?? false,
    endApproximate: input.endApproximate ?? false,
    ...statedDuration(input),
    status: input.status,
    location: input.location ?? null,
    parties: (input.parties ?? [])
      .map((p) => ({ party: p.party, role: p.role }))
      .sort(byKey((p) => `${p.party} ${p.role}`)),
    people: (input.people ?? [])
      .map((p) => ({ person: p.person, role: p.role, onBehalfOf: p.onBehalfOf ?? null }))
      .sort(byKey((p) => `${p.person} ${p.role}`)),
    topics: [...(input.topics ?? [])].sort(),
    citations: (input.citations ?? []).map(citation),
    relations: (input.relations ?? [])
      .map((r) => ({ type: r.type, event: r.event }))
      .sort(byKey((r) => `${r.event} ${r.type}`)),
    statusHistory: (input.statusHistory ?? []).map((s) => ({
      status: s.status,
      effectiveAt: iso(s.effectiveAt),
      precision: s.precision,
      claimedBy: s.claimedBy ?? null,
      note: s.note ?? '',
      citations: (s.citations ?? []).map(citation),
    })),
  });
}

/**
 * The stored event as an import file states it. Files name the party a person acted for as the
 * API shows it (the party of the title held that day), so that is what is compared.
 */
function storedAsFileStatesIt(tx: ParleyTx, db: ParleyDb, id: number): EventInput {
  const snapshot = eventSnapshot(tx, id)!;
  const row = tx.select().from(events).where(eq(events.id, id)).get()!;
  const [shown] = hydrateEvents(db, [row]);
  const shownParty = new Map(shown.people.map((p) => [`${p.slug} ${p.role}`, p.party?.slug ?? null]));
  return {
    ...snapshot,
    people: snapshot.people.map((p) => ({ ...p, onBehalfOf: shownParty.get(`${p.person} ${p.role}`) ?? null })),
  };
}

function applyRow(tx: ParleyTx, db: ParleyDb, row: ImportRow, actor: Actor): ImportAction {
  const action = applyEvent(tx, db, row, actor);
  const analysesChanged = applyEventAnalyses(tx, { claims: row.claims, points: row.points, actor });
  return action === 'unchanged' && analysesChanged ? 'update' : action;
}

function applyEvent(tx: ParleyTx, db: ParleyDb, row: ImportRow, actor: Actor): ImportAction {
  const existing = tx
    .select({ id: events.id, version: events.version, deletedAt: events.deletedAt })
    .from(events)
    .where(eq(events.slug, row.input.slug))
    .get();
  if (!existing) {
    insertEvent(tx, row.input, actor);
    return 'create';
  }
  if (existing.deletedAt)
    throw new Error(`the event "${row.input.slug}" was deleted in Parley; restore it before importing over it`);
  const stored = storedAsFileStatesIt(tx, db, existing.id);
  const input: EventInput = { ...row.input };
  for (const part of row.keep) Object.assign(input, { [part]: stored[part] });
  if (canonical(input) === canonical(stored)) return 'unchanged';
  if (row.version !== undefined && existing.version > row.version) {
    throw new Error(
      `the event was changed in Parley after this file was exported (version ${existing.version} there, ${row.version} in the file)`,
    );
  }
  replaceEvent(tx, { id: existing.id, version: existing.version, input, actor });
  return 'update';
}

/** Rows whose relations name another row of the file come after that row, so the target exists. */
function inDependencyOrder(rows: readonly ImportRow[]): ImportRow[] {
  const bySlug = new Map(rows.map((row) => [row.input.slug, row]));
  const ordered: ImportRow[] = [];
  const state = new Map<ImportRow, 'visiting' | 'done'>();
  const visit = (row: ImportRow) => {
    if (state.has(row)) return;
    state.set(row, 'visiting');
    for (const relation of row.input.relations ?? []) {
      const target = bySlug.get(relation.event);
      if (target && target !== row) visit(target);
    }
    state.set(row, 'done');
    ordered.push(row);
  };
  rows.forEach(visit);
  return ordered;
}

export async function importEvents({
  rows,
  dryRun,
  actor,
  db = getDb(),
}: {
  rows: readonly ImportRow[];
  dryRun: boolean;
  actor: Actor;
  db?: ParleyDb;
}): Promise<ImportReport> {
  const report: ImportReport = { dryRun, committed: false, created: [], updated: [], unchanged: [], rejected: [] };
  const firstLine = new Map<string, number>();
  const unique: ImportRow[] = [];
  for (const row of rows) {
    const first = firstLine.get(row.input.slug);
    if (first === undefined) {
      firstLine.set(row.input.slug, row.line);
      unique.push(row);
    } else
      report.rejected.push({
        line: row.line,
        slug: row.input.slug,
        reason: `the slug "${row.input.slug}" is already on line ${first}`,
      });
  }
  const bucket = { create: report.created, update: report.updated, unchanged: report.unchanged };
  await holdingImportLock(db, async () => {
    const own = openDatabase(db.$client.name, { migrate: false });
    try {
      own.$client.exec('BEGIN IMMEDIATE');
      await forEachYielding(inDependencyOrder(unique), (row) => {
        try {
          // Nested in the open transaction, better-sqlite3 makes this a savepoint.
          const action = own.transaction((savepoint) => applyRow(savepoint, own, row, actor));
          bucket[action].push({ line: row.line, slug: row.input.slug, action });
        } catch (error) {
          report.rejected.push({
            line: row.line,
            slug: row.input.slug,
            reason: error instanceof Error ? error.message.split('\n')[0] : String(error),
          });
        }
      });
      if (dryRun || report.rejected.length) return;
      own.$client.exec('COMMIT');
      report.committed = true;
    } finally {
      if (own.$client.inTransaction) own.$client.exec('ROLLBACK');
      own.$client.close();
    }
  });
  for (const list of [report.created, report.updated, report.unchanged, report.rejected])
    list.sort((a, b) => a.line - b.line);
  return report;
}
