// Limits on what a client may send, enforced here, in the one reader every body goes through:
// a request whose declared length is over the limit is refused before a byte is read, and the
// bytes are counted as they arrive for bodies sent without a length. Both answer 413 with a
// JSON error saying the limit. (Next's proxy would cut every body at 10 MB; it runs for `/`
// only, so this is the limit that holds.)
import { AppError } from './errors';

/** A write to the JSON API: one event with every citation is a few kilobytes. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

function megabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

export function payloadTooLarge(limit: number, what = 'The request body'): AppError {
  return new AppError(
    'payload_too_large',
    `${what} is larger than ${megabytes(limit)}, the most this endpoint accepts.`,
    { body: `larger than ${megabytes(limit)}` },
  );
}

/** True when the request says it carries more than `limit` bytes. */
function declaresMoreThan(request: Request, limit: number): boolean {
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

/** The body's bytes, failing with 413 as soon as they pass `limit`. */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (declaresMoreThan(request, limit)) throw payloadTooLarge(limit);
  if (!request.body) return new Uint8Array();
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
  return new Uint8Array(Buffer.concat(chunks));
}

/** The body as UTF-8 text, failing with 413 as soon as it passes `limit` bytes. */
export async function readBodyText(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<string> {
  return decodeUtf8(await readBodyBytes(request, limit), 'The request body');
}
