// Route handlers answer through this wrapper so that every failure becomes a JSON error body
// with the right status, and nothing ever answers with a stack trace.
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
