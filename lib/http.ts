// Route handlers answer through this wrapper so that every failure becomes a JSON error body
// with the right status, and nothing ever answers with a stack trace.
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

/**
 * A JSON answer to a read, serialised once and served again until the data changes; the key is
 * the request's path and query. Failures are not kept.
 */
export async function cachedJson(request: Request, compute: () => Promise<unknown>): Promise<Response> {
  const url = new URL(request.url);
  const body = await cachedRead(getDb(), `GET ${url.pathname}${url.search}`, async () => JSON.stringify(await compute()));
  return new Response(body, { headers: { 'content-type': 'application/json' } });
}

const BARE_ERRORS: Partial<Record<ErrorCode, string>> = { unauthorized: 'Sign in to make changes.', forbidden: 'This needs a role you do not have.' };

/** A library's error answer without a body (better-auth's 401 and 403) gets the JSON error every route answers. */
export async function withJsonErrors(response: Response): Promise<Response> {
  if (response.status < 400 || (await response.clone().text()) !== '') return response;
  const code = codeForStatus(response.status);
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/json');
  const body: ErrorBody = { error: BARE_ERRORS[code] ?? 'The request was refused.', code };
  return new Response(JSON.stringify(body), { status: response.status, headers });
}
