// Route handlers answer through this wrapper so that every failure becomes a JSON error body
// with the right status, and nothing ever answers with a stack trace.
import { getDb } from '@/db/client';
import { cachedRead } from '@/db/read-cache';
import { errorResponse } from './errors';

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
