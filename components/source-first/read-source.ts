// Reading a source on the server (POST /api/extract): the browser checks the request with the same
// schema first, so a missing text or a bad date is named beside its field without a round trip.
import { fieldErrors, type FieldErrors } from '@/lib/errors';
import type { Extraction } from '@/lib/extract/extract';
import { extractRequestSchema } from '@/lib/validation/extract';
import type { SourceInput } from './source-input';

export type ReadOutcome =
  | { kind: 'read'; extraction: Extraction }
  /** The server refused the request: its field errors and its message. */
  | { kind: 'refused'; errors: FieldErrors; message: string }
  | { kind: 'unreachable' };

/** The request for the source, or the fields it gets wrong; nothing is sent. */
export function checkSourceRequest(input: SourceInput) {
  const request = { text: input.text, publishedAt: input.publishedAt, timeZone: input.timeZone, url: input.url };
  const checked = extractRequestSchema.safeParse(request);
  return checked.success ? { request, errors: null } : { request, errors: fieldErrors(checked.error) };
}

export async function readSource(request: ReturnType<typeof checkSourceRequest>['request']): Promise<ReadOutcome> {
  try {
    const response = await fetch('/api/extract', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const body = await response.json();
    if (!response.ok) {
      return { kind: 'refused', errors: body.fields ?? {}, message: body.error ?? 'The source could not be read.' };
    }
    return { kind: 'read', extraction: body as Extraction };
  } catch {
    return { kind: 'unreachable' };
  }
}
