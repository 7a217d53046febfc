// Reading a URL's query for a Zod schema: the same rules for the timeline's, the tracker's and the
// other lists' filters, so that a parameter means the same in every address.
import type { z } from 'zod';

/**
 * The query as an object for a schema: for `lists`, `?party=a&party=b` and `?party=a,b` both mean
 * two values and empty values mean none; `singles` take one value, and a repeated one is passed on
 * as a list for the schema to refuse.
 */
export function readQuery(
  params: URLSearchParams,
  lists: readonly string[],
  singles: readonly string[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of lists) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) object[key] = values;
  }
  for (const key of singles) {
    const values = params.getAll(key);
    if (values.length > 1) object[key] = values;
    else if (values[0]) object[key] = values[0];
  }
  return object;
}

/** For pages: each valid parameter kept and the rest silently dropped; the schema's defaults if even that fails. */
export function parseLeniently<S extends z.ZodType>(schema: S, object: Record<string, unknown>): z.output<S> {
  const result = schema.safeParse(object);
  if (result.success) return result.data;
  const bad = new Set(result.error.issues.map((issue) => String(issue.path[0])));
  const retry = schema.safeParse(Object.fromEntries(Object.entries(object).filter(([key]) => !bad.has(key))));
  return retry.success ? retry.data : schema.parse({});
}
