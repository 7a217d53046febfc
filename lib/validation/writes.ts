// The write API's bodies: a record's schema, plus the version a PATCH or DELETE is based on.
import { z } from 'zod';
import { eventSchema } from './event';
import { version } from './fields';
import { RECORD_SCHEMAS } from './records';

export const WRITE_SCHEMAS = { event: eventSchema, ...RECORD_SCHEMAS } as const;
export type WritableKind = keyof typeof WRITE_SCHEMAS;

export const versionOnly = z.object({ version });
