// The write API's bodies: a record's schema, plus the version a PATCH or DELETE is based on.
import { z } from 'zod';
import { eventInputSchema } from './event';
import { version } from './fields';
import { ANALYSIS_SCHEMAS } from './claims';
import { commitmentInputSchema } from './commitments';
import { RECORD_SCHEMAS } from './records';

export const WRITE_SCHEMAS = {
  event: eventInputSchema,
  ...RECORD_SCHEMAS,
  ...ANALYSIS_SCHEMAS,
  commitment: commitmentInputSchema,
} as const;
export type WritableKind = keyof typeof WRITE_SCHEMAS;

export const versionOnly = z.object({ version });

/**
 * Each kind's lists: one a PATCH leaves out is kept as stored; sent empty, it is cleared. So are
 * the fields added after the first clients were written (an event's duration, a location's
 * country party), so that a client which does not know them cannot clear them.
 */
export const COLLECTIONS = {
  event: ['parties', 'people', 'topics', 'citations', 'relations', 'statusHistory', 'durationMinutes', 'durationBound'],
  party: ['aliases'],
  person: ['aliases', 'affiliations'],
  topic: [],
  location: ['countryParty', 'aliases'],
  source: ['authors', 'syndications'],
  position: ['citations'],
  claim: ['topics'],
  point: ['topics', 'claims'],
  commitment: ['topics', 'claims', 'statusHistory'],
} as const satisfies Record<WritableKind, readonly string[]>;
export type Collection<K extends WritableKind> = (typeof COLLECTIONS)[K][number];

const KINDS = Object.keys(WRITE_SCHEMAS) as [WritableKind, ...WritableKind[]];
const recordId = z
  .number({ message: 'must be a record id' })
  .int('must be a record id')
  .positive('must be a record id');

/** What a Server Action names when it writes: its arguments come from the client like any body. */
export const writeTarget = z.object({
  kind: z.enum(KINDS, { message: `must be one of ${KINDS.join(', ')}` }),
  id: recordId,
  version,
});
