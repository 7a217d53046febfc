// Soft-deleted records, newest first, for the admin's restore list.
import { isNotNull } from 'drizzle-orm';
import type { ParleyDb } from '../connection';
import { events, locations, parties, people, positions, sources, topics } from '../schema';
import { getDb } from '../client';

export type DeletedKind = 'event' | 'party' | 'person' | 'topic' | 'location' | 'source' | 'position';
export type DeletedDTO = { kind: DeletedKind; id: number; label: string; deletedAt: string };

export async function listDeleted({ db = getDb() }: { db?: ParleyDb } = {}): Promise<DeletedDTO[]> {
  const rows: DeletedDTO[] = [
    ...db
      .select({ id: events.id, label: events.title, deletedAt: events.deletedAt })
      .from(events)
      .where(isNotNull(events.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'event' as const })),
    ...db
      .select({ id: parties.id, label: parties.name, deletedAt: parties.deletedAt })
      .from(parties)
      .where(isNotNull(parties.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'party' as const })),
    ...db
      .select({ id: people.id, label: people.name, deletedAt: people.deletedAt })
      .from(people)
      .where(isNotNull(people.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'person' as const })),
    ...db
      .select({ id: topics.id, label: topics.name, deletedAt: topics.deletedAt })
      .from(topics)
      .where(isNotNull(topics.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'topic' as const })),
    ...db
      .select({ id: locations.id, label: locations.name, deletedAt: locations.deletedAt })
      .from(locations)
      .where(isNotNull(locations.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'location' as const })),
    ...db
      .select({ id: sources.id, label: sources.title, deletedAt: sources.deletedAt })
      .from(sources)
      .where(isNotNull(sources.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'source' as const })),
    ...db
      .select({ id: positions.id, label: positions.stance, deletedAt: positions.deletedAt })
      .from(positions)
      .where(isNotNull(positions.deletedAt))
      .all()
      .map((r) => ({ ...r, kind: 'position' as const })),
  ].map((r) => ({ ...r, deletedAt: r.deletedAt ?? '' }));
  return rows.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
}
