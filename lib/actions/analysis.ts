'use server';
// The Server Actions that save a claim or a point from the analyst's forms, through the same
// versioned writes as the API (deleting one goes through the forms' deleteAny).
import { getAnalysis, type AnalysisKind, type SavedClaim, type SavedPoint } from '@/db/queries/claim-writes';
import { createWrite, updateWrite } from '@/lib/writes';
import { failure, refreshEverything, type SaveResult, type Target } from './save-result';

type Stamp = 'id' | 'slug' | 'version' | 'deletedAt';
/** A claim or point as its form edits it: what the write stamps on it left out. */
export type ClaimContent = Omit<SavedClaim, Stamp>;
export type PointContent = Omit<SavedPoint, Stamp>;
type Contents = { claim: ClaimContent; point: PointContent };

async function save<K extends AnalysisKind>(
  kind: K,
  target: Target,
  values: Contents[K],
): Promise<SaveResult<Contents[K]>> {
  try {
    const saved = target ? await updateWrite(kind, { ...target, body: values }) : await createWrite(kind, values);
    refreshEverything();
    return {
      ok: true,
      id: saved.id,
      slug: saved.slug,
      label: 'label' in saved ? String(saved.label) : (saved.slug ?? ''),
    };
  } catch (error) {
    return failure(error, async () => {
      const current = (target ? await getAnalysis(kind, { id: target.id }) : null) as
        (Contents[K] & Record<Stamp, unknown>) | null;
      if (!current || current.deletedAt) return null;
      const { id: _id, slug: _slug, version, deletedAt: _deletedAt, ...content } = current;
      return { version: version as number, values: content as unknown as Contents[K] };
    });
  }
}

export async function saveClaim(target: Target, values: ClaimContent): Promise<SaveResult<ClaimContent>> {
  return save('claim', target, values);
}

export async function savePoint(target: Target, values: PointContent): Promise<SaveResult<PointContent>> {
  return save('point', target, values);
}
