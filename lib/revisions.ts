// A record's history, for signed-in readers only: the public sees records, not who edited them.
import type { RevisionEntityType } from '@/db/enums';
import { listRevisions, type RevisionDTO } from '@/db/queries/revisions';
import { currentViewer } from '@/lib/auth/session';

/** Newest first; null when the reader is not signed in. */
export async function revisionsForViewer(entity: {
  entityType: RevisionEntityType;
  entityId: number;
}): Promise<RevisionDTO[] | null> {
  if (!(await currentViewer())) return null;
  return listRevisions(entity);
}
