// Reapplying an analyst's edits on top of a version someone else saved in the meantime.

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields whose value differs between two versions of a record, in the order of `before`. */
export function changedFields<V extends Record<string, unknown>>(before: V, after: V): (keyof V & string)[] {
  return Object.keys({ ...before, ...after }).filter((key) => !same(before[key], after[key]));
}

/**
 * A three-way merge by field: what the analyst changed from `base` wins; every field they left
 * alone takes the other person's value from `theirs`.
 */
export function reapply<V extends Record<string, unknown>>(base: V, mine: V, theirs: V): V {
  const merged: Record<string, unknown> = { ...theirs };
  for (const key of Object.keys(mine)) if (!same(mine[key], base[key])) merged[key] = mine[key];
  return merged as V;
}

/** A field's value in a few plain words, for the conflict view and the revision history. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 0) return '(none)';
  return JSON.stringify(value, null, 1)
    .replace(/[{}"[\]]/g, '')
    .replace(/,\n/g, '\n')
    .replace(/\n\s*\n/g, '\n')
    .trim();
}
