// Keyset cursors: the sort key of the last row served, opaque to clients. Never an OFFSET.
import { InvalidCursorError } from './errors';

export type EventCursor = { startsAt: string; id: number };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeCursor(cursor: EventCursor): string {
  return Buffer.from(JSON.stringify([cursor.startsAt, cursor.id]), 'utf8').toString('base64url');
}

export function decodeCursor(value: string): EventCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    typeof parsed[0] !== 'string' ||
    !ISO_INSTANT.test(parsed[0]) ||
    !Number.isSafeInteger(parsed[1]) ||
    parsed[1] < 1
  ) {
    throw new InvalidCursorError();
  }
  return { startsAt: parsed[0], id: parsed[1] };
}
