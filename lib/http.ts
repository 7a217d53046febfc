// Route handlers answer through this wrapper so that every failure becomes a JSON error body
// with the right status, and nothing ever answers with a stack trace.
import { createHash } from 'node:crypto';
import { getDb } from '@/db/client';
import { cachedRead } from '@/db/read-cache';
import { codeForStatus, errorResponse, type ErrorBody, type ErrorCode } from './errors';

export function jsonRoute<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Whether an `If-None-Match` header names `etag` (compared weakly, as RFC 9110 asks for this header). */
export function ifNoneMatchNames(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * A JSON answer to a read, serialised once and served again until the data changes; the key is
 * the request's path and query. Failures are not kept. Its ETag is a hash of the body, so a
 * client or a shared cache in front revalidates (`no-cache`) and gets a 304 while the answer is
 * the same, and the new body as soon as any write, from this server or another process, changes
 * it: the body is computed again after every write (db/read-cache.ts), and a changed body has
 * another hash. A hash rather than the database's counters, which start again at a restart.
 */
export async function cachedJson(request: Request, compute: () => Promise<unknown>): Promise<Response> {
  const url = new URL(request.url);
  const { body, etag } = await cachedRead(getDb(), `GET ${url.pathname}${url.search}`, async () => {
    const json = JSON.stringify(await compute());
    return { body: json, etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
  });
  const headers = { etag, 'cache-control': 'no-cache' };
  if (ifNoneMatchNames(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'content-type': 'application/json' } });
}

const BARE_ERRORS: Partial<Record<ErrorCode, string>> = {
  unauthorized: 'Sign in to make changes.',
  forbidden: 'This needs a role you do not have.',
};

/** A library's error answer without a body (better-auth's 401 and 403) gets the JSON error every route answers. */
export async function withJsonErrors(response: Response): Promise<Response> {
  if (response.status < 400 || (await response.clone().text()) !== '') return response;
  const code = codeForStatus(response.status);
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json');
  const body: ErrorBody = { error: BARE_ERRORS[code] ?? 'The request was refused.', code };
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
