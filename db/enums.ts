// The closed vocabularies of the domain. Plain constant lists so that the schema, the Zod
// schemas and the UI's labels all read the same values.

export const EVENT_KINDS = ['talks_session', 'agreement', 'proposal', 'statement', 'attack', 'announcement'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** How finely the source pins the time; the stored instant is the lower bound of that span. */
export const PRECISIONS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/**
 * How a duration reported without its end reads: "lasted two hours" (exact), "about two hours",
 * "under two hours" (at most), "over two hours" (at least).
 */
export const DURATION_BOUNDS = ['exact', 'about', 'under', 'over'] as const;
export type DurationBound = (typeof DURATION_BOUNDS)[number];

export const EVENT_STATUSES = [
  // sessions and happenings
  'scheduled',
  'held',
  'postponed',
  'cancelled',
  'occurred',
  // agreements and proposals
  'proposed',
  'agreed_in_principle',
  'announced',
  'in_force',
  'violation_alleged',
  'suspended',
  'lapsed',
  'rejected',
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const PARTY_KINDS = ['state', 'organisation', 'delegation', 'armed_group', 'other'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const PARTY_ROLES = [
  'mediator',
  'host',
  'delegation',
  'party',
  'signatory',
  'guarantor',
  'observer',
  'attacker',
  'target',
  'referenced',
] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export const PERSON_ROLES = [
  'head_of_delegation',
  'delegate',
  'technical_expert',
  'mediator',
  'host',
  'envoy',
  'speaker',
  'principal',
  'witness',
  'referenced',
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const AFFILIATION_KINDS = [
  'head_of_state',
  'minister',
  'envoy',
  'official',
  'adviser',
  'local_official',
  'other',
] as const;
export type AffiliationKind = (typeof AFFILIATION_KINDS)[number];

export const EVENT_RELATION_TYPES = [
  'follows',
  'part_of',
  'responds_to',
  'implements',
  'violates',
  'resulted_in',
] as const;
export type EventRelationType = (typeof EVENT_RELATION_TYPES)[number];

/** How a claim is attributed in the source. */
export const ATTRIBUTIONS = [
  'on_record_official',
  'official_readout',
  'anonymous_official',
  'state_media',
  'social_media_post',
  'reporter',
  'agreement_text',
] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** How credible one claim is. */
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** How reliable a publisher or speaker is in general (after the Admiralty scale's A–F). */
export const RELIABILITIES = [
  'reliable',
  'usually_reliable',
  'fairly_reliable',
  'not_usually_reliable',
  'unreliable',
  'cannot_be_judged',
] as const;
export type Reliability = (typeof RELIABILITIES)[number];

export const REVISION_ACTIONS = ['create', 'update', 'delete', 'restore'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** What a revision is of: the kinds of record the log keeps history for. */
export const REVISION_ENTITY_TYPES = [
  'event',
  'party',
  'person',
  'topic',
  'location',
  'source',
  'position',
  'claim',
  'point',
  'api_token',
  'commitment',
] as const;
export type RevisionEntityType = (typeof REVISION_ENTITY_TYPES)[number];

export const USER_ROLES = ['analyst', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** What a source is: a party's own account of a session (readout), a statement, a report, … */
export const SOURCE_KINDS = ['readout', 'statement', 'report', 'transcript', 'document'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
/** The kinds a party issues itself, and so name the issuing party. */
export const ISSUED_SOURCE_KINDS = ['readout', 'statement'] as const satisfies readonly SourceKind[];

/** What a claim does: asserts, commits, demands (sets a condition), denies or assesses. */
export const CLAIM_KINDS = ['assertion', 'commitment', 'demand', 'denial', 'assessment'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** How the parties' claims on one point of a session relate. Omission is computed, not stored. */
export const POINT_ALIGNMENTS = ['agreed', 'diverges', 'conditional'] as const;
export type PointAlignment = (typeof POINT_ALIGNMENTS)[number];

/** Where a commitment stands: the reported status, or the one a party claims. */
export const COMMITMENT_STATUSES = [
  'proposed',
  'agreed_in_principle',
  'agreed',
  'in_force',
  'partly_implemented',
  'implemented',
  'violated',
  'lapsed',
  'withdrawn',
] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/**
 * What a session ended with besides its commitments: nothing announced, or a next meeting
 * (the follow-up session is an event of its own, linked from the outcome).
 */
export const SESSION_OUTCOME_KINDS = ['no_agreement_announced', 'talks_to_continue'] as const;
export type SessionOutcomeKind = (typeof SESSION_OUTCOME_KINDS)[number];

/** How several chosen parties or people filter events: any of them takes part, or all of them do. */
export const MATCH_MODES = ['any', 'all'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];
