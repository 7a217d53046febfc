// Failures the data layer reports in terms a caller can act on. lib/errors turns each into an
// HTTP status and a message; nothing here knows about HTTP.

/** A write named records (by slug) that do not exist or were deleted: every one, with its field. */
export class ReferenceNotFoundError extends Error {
  constructor(readonly missing: readonly { field: string; slug: string }[]) {
    super(missing.map(({ field, slug }) => `${field}: no record "${slug}"`).join('; '));
    this.name = 'ReferenceNotFoundError';
  }
  /** The first missing reference's field: a read names one record at a time. */
  get field(): string {
    return this.missing[0].field;
  }
  get slug(): string {
    return this.missing[0].slug;
  }
}

/** The record asked for does not exist (or is deleted and the caller may not see tombstones). */
export class RecordNotFoundError extends Error {
  constructor(
    readonly entity: string,
    readonly key: string | number,
  ) {
    super(`No ${entity} "${key}"`);
    this.name = 'RecordNotFoundError';
  }
}

/** A save was based on an older version than the stored one: nothing was written. */
export class VersionConflictError extends Error {
  constructor(
    readonly entity: string,
    readonly id: number,
    readonly expectedVersion: number,
    readonly currentVersion: number,
  ) {
    super(`${entity} ${id} is at version ${currentVersion}, not ${expectedVersion}`);
    this.name = 'VersionConflictError';
  }
}

/** A value that must be unique (a slug, an email) is taken. */
export class UniqueValueError extends Error {
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} "${value}" is already taken`);
    this.name = 'UniqueValueError';
  }
}

/** A paging cursor that this server did not issue. */
export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this server issued');
    this.name = 'InvalidCursorError';
  }
}

/** A write arrived while an import of this process holds the database's write lock. */
export class ImportInProgressError extends Error {
  constructor() {
    super('an import is being written to the database');
    this.name = 'ImportInProgressError';
  }
}

/** A write named a record that exists but cannot be used there (a claim of another session). */
export class ReferenceMismatchError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'ReferenceMismatchError';
  }
}
