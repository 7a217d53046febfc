// Limits on what a client may send. The proxy turns away a request whose declared length is
// over the limit before any handler runs; `readBodyText` also counts the bytes as they arrive,
// for bodies sent without a length. Both answer 413 with a JSON error saying the limit.
import { AppError } from './errors';
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

/** UTF-8 text, strictly: bytes that are not UTF-8 are refused rather than stored as U+FFFD. */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array, what: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bad_request', `${what} is not valid UTF-8 text`, { body: 'not valid UTF-8' });
  }
}

/** The body as UTF-8 text, failing with 413 as soon as it passes `limit` bytes. */
export async function readBodyText(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<string> {
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
  return decodeUtf8(Buffer.concat(chunks), 'The request body');
}
