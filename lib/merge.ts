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
