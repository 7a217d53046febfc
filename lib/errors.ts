// Typed errors with codes that map to an HTTP status and a message a user can act on. Every
// route handler answers failures through `errorResponse`, so no stack trace ever leaves.
import { z } from 'zod';
import {
  ImportInProgressError,
  InvalidCursorError,
  RecordNotFoundError,
  ReferenceMismatchError,
  ReferenceNotFoundError,
  UniqueValueError,
  VersionConflictError,
} from '@/db/errors';

const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
  storage_full: 507,
} as const;
export type ErrorCode = keyof typeof STATUS;

export type FieldErrors = Record<string, string>;
export type ErrorBody = { error: string; code: ErrorCode; fields?: FieldErrors; current?: unknown };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): number {
    return STATUS[this.code];
  }
}

/** A 429 that says when to try again, sent as `Retry-After` (seconds). */
export class TooManyRequests extends AppError {
  constructor(
    message: string,
    readonly retryAfter: number,
  ) {
    super('too_many_requests', message);
  }
}

/** Every issue of a failed parse, keyed by its dotted path ("parties.0.role"), first message each. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function invalidInput(error: z.ZodError): AppError {
  const fields = fieldErrors(error);
  const names = Object.keys(fields);
  return new AppError('bad_request', `Invalid ${names.join(', ')}: ${fields[names[0]]}`, fields);
}

/** Turns anything thrown into an AppError; unexpected failures become a bare 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return invalidInput(error);
  if (error instanceof ReferenceNotFoundError) {
    const names = error.missing.map(({ field, slug }) => `${field} "${slug}"`).join(', ');
    return new AppError(
      'bad_request',
      `Unknown ${names}`,
      Object.fromEntries(error.missing.map(({ field, slug }) => [field, `No record "${slug}"`])),
    );
  }
  if (error instanceof ReferenceMismatchError)
    return new AppError('bad_request', `Invalid ${error.field}: ${error.reason}`, { [error.field]: error.reason });
  if (error instanceof InvalidCursorError)
    return new AppError('bad_request', 'Invalid cursor: it was not issued by this server', {
      cursor: 'Not a cursor this server issued',
    });
  if (error instanceof RecordNotFoundError) return new AppError('not_found', `No ${error.entity} "${error.key}"`);
  if (error instanceof VersionConflictError)
    return new AppError(
      'conflict',
      `This ${error.entity} was changed by someone else (now version ${error.currentVersion}); reload and reapply your changes`,
      {
        version: `Stale version ${error.expectedVersion}; current is ${error.currentVersion}`,
      },
    );
  if (error instanceof ImportInProgressError)
    return new AppError(
      'unavailable',
      'An import is being written to the database: nothing was saved. Please try again when it has finished.',
    );
  if (error instanceof UniqueValueError)
    return new AppError('conflict', error.message, { [error.field]: error.message });
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_')) {
    console.error(`${sqliteCode}: ${(error as Error).message}`);
    if (sqliteCode.startsWith('SQLITE_FULL'))
      return new AppError(
        'storage_full',
        "The server's disk is full: nothing was saved. Please tell an administrator.",
      );
    if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED'))
      return new AppError('unavailable', 'The database is busy: nothing was saved. Please try again in a moment.');
    if (sqliteCode.startsWith('SQLITE_READONLY'))
      return new AppError('unavailable', 'The database is read-only at the moment: nothing was saved.');
  }
  console.error(error);
  return new AppError('internal', 'Something went wrong on our side. Please try again.');
}

export function errorBody(appError: AppError): ErrorBody {
  const body: ErrorBody = { error: appError.message, code: appError.code };
  if (appError.fields) body.fields = appError.fields;
  if (appError.current !== undefined) body.current = appError.current;
  return body;
}

export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  const headers: Record<string, string> =
    appError instanceof TooManyRequests ? { 'retry-after': String(appError.retryAfter) } : {};
  return Response.json(errorBody(appError), { status: appError.status, headers });
}

/** The code for an HTTP status, for answers made by code that is not Parley's own. */
export function codeForStatus(status: number): ErrorCode {
  return (
    (Object.keys(STATUS) as ErrorCode[]).find((code) => STATUS[code] === status) ??
    (status >= 500 ? 'internal' : 'bad_request')
  );
}
