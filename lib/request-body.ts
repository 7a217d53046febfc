// Limits on what a client may send. The proxy turns away a request whose declared length is
// over the limit before any handler runs; `readJsonBody` also counts the bytes as they arrive,
// for bodies sent without a length. Both answer 413 with a JSON error saying the limit.
import type { z } from 'zod';
import { AppError, invalidInput } from './errors';
import { MAX_IMPORT_BYTES } from './import/limits';

/** A write to the JSON API: one event with every citation is a few kilobytes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const IMPORT_PATHS = ['/api/imports'];

/** The most a request to `pathname` may send. */
export function bodyLimit(pathname: string): number {
  return IMPORT_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`)) ? MAX_IMPORT_BYTES : MAX_JSON_BODY_BYTES;
}

function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

export function payloadTooLarge(limit: number, what = 'The request body'): AppError {
  return new AppError('payload_too_large', `${what} is larger than ${megabytes(limit)}, the most this endpoint accepts.`, { body: `larger than ${megabytes(limit)}` });
}

/** True when the request says it carries more than `limit` bytes. */
export function declaresMoreThan(request: Request, limit: number): boolean {
  const length = Number(request.headers.get('content-length'));
  return Number.isFinite(length) && length > limit;
}

/** The body as text, failing with 413 as soon as it passes `limit` bytes. */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  if (declaresMoreThan(request, limit)) throw payloadTooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw payloadTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A JSON body parsed with `schema`: 413 when too large, 400 naming each bad field otherwise. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, { limit = MAX_JSON_BODY_BYTES } = {}): Promise<z.output<S>> {
  const text = await readBodyText(request, limit);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.', { body: 'not valid JSON' });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}
