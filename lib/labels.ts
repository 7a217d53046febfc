// Words for the closed vocabularies, shown wherever a value is: never colour alone.
import {
  AFFILIATION_KINDS,
  ATTRIBUTIONS,
  CLAIM_KINDS,
  COMMITMENT_STATUSES,
  CONFIDENCES,
  DURATION_BOUNDS,
  EVENT_KINDS,
  EVENT_RELATION_TYPES,
  EVENT_STATUSES,
  PARTY_KINDS,
  PARTY_ROLES,
  PERSON_ROLES,
  POINT_ALIGNMENTS,
  PRECISIONS,
  RELIABILITIES,
  SOURCE_KINDS,
  USER_ROLES,
  type Attribution,
  type ClaimKind,
  type CommitmentStatus,
  type Confidence,
  type DurationBound,
  type EventKind,
  type EventRelationType,
  type EventStatus,
  type PartyKind,
  type PartyRole,
  type PersonRole,
  type PointAlignment,
  type Precision,
  type Reliability,
  type SessionOutcomeKind,
  type SourceKind,
  type UserRole,
} from '@/db/enums';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  talks_session: 'Talks session',
  agreement: 'Agreement',
  proposal: 'Proposal',
  statement: 'Statement',
  attack: 'Attack or incident',
  announcement: 'Announcement',
};

export const EVENT_STATUS_LABELS: Record<EventStatus, string> = {
  scheduled: 'Scheduled',
  held: 'Held',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
  occurred: 'Occurred',
  proposed: 'Proposed',
  agreed_in_principle: 'Agreed in principle',
  announced: 'Announced',
  in_force: 'In force',
  violation_alleged: 'Violation alleged',
  suspended: 'Suspended',
  lapsed: 'Lapsed',
  rejected: 'Rejected',
};

export const PRECISION_LABELS: Record<Precision, string> = {
  minute: 'To the minute',
  hour: 'To the hour',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  year: 'Year',
};

export const DURATION_BOUND_LABELS: Record<DurationBound, string> = {
  exact: 'Exactly that long',
  about: 'About that long',
  under: 'At most (“under”)',
  over: 'At least (“over”)',
};

export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  state: 'State',
  organisation: 'Organisation',
  delegation: 'Delegation',
  armed_group: 'Armed group',
  other: 'Other',
};

export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  mediator: 'Mediator',
  host: 'Host',
  delegation: 'Delegation',
  party: 'Party',
  signatory: 'Signatory',
  guarantor: 'Guarantor',
  observer: 'Observer',
  attacker: 'Attacker',
  target: 'Target',
  referenced: 'Referenced',
};

export const PERSON_ROLE_LABELS: Record<PersonRole, string> = {
  head_of_delegation: 'Head of delegation',
  delegate: 'Delegate',
  technical_expert: 'Technical expert',
  mediator: 'Mediator',
  host: 'Host',
  envoy: 'Envoy',
  speaker: 'Speaker',
  principal: 'Principal',
  witness: 'Witness',
  referenced: 'Referenced',
};

export const RELATION_LABELS: Record<EventRelationType, { outgoing: string; incoming: string }> = {
  follows: { outgoing: 'Follows', incoming: 'Followed by' },
  part_of: { outgoing: 'Part of', incoming: 'Includes' },
  responds_to: { outgoing: 'Responds to', incoming: 'Response' },
  implements: { outgoing: 'Implements', incoming: 'Implemented by' },
  violates: { outgoing: 'Violates', incoming: 'Violated by' },
  resulted_in: { outgoing: 'Resulted in', incoming: 'Resulted from' },
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  on_record_official: 'On-record official',
  official_readout: 'Official readout',
  anonymous_official: 'Anonymous official',
  state_media: 'State media',
  social_media_post: 'Social-media post',
  reporter: "Reporter's own account",
  agreement_text: 'Agreement text',
};

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  high: 'High confidence',
  medium: 'Medium confidence',
  low: 'Low confidence',
};

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  reliable: 'Reliable',
  usually_reliable: 'Usually reliable',
  fairly_reliable: 'Fairly reliable',
  not_usually_reliable: 'Not usually reliable',
  unreliable: 'Unreliable',
  cannot_be_judged: 'Reliability cannot be judged',
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  readout: 'Readout (a party’s own account of a session)',
  statement: 'Statement',
  report: 'Report',
  transcript: 'Transcript',
  document: 'Document',
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  assertion: 'Assertion',
  commitment: 'Commitment',
  demand: 'Demand (a condition)',
  denial: 'Denial',
  assessment: 'Assessment',
};

export const POINT_ALIGNMENT_LABELS: Record<PointAlignment, string> = {
  agreed: 'Agreed: the accounts say the same',
  diverges: 'Diverges: the accounts conflict',
  conditional: 'Conditional: one side attaches a condition the other does not state',
};

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  analyst: 'Analyst (adds and edits)',
  admin: 'Admin (also manages accounts, restores records)',
};

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  proposed: 'Proposed',
  agreed_in_principle: 'Agreed in principle',
  agreed: 'Agreed',
  in_force: 'In force',
  partly_implemented: 'Partly implemented',
  implemented: 'Implemented',
  violated: 'Violated',
  lapsed: 'Lapsed',
  withdrawn: 'Withdrawn',
};

export const SESSION_OUTCOME_LABELS: Record<SessionOutcomeKind, string> = {
  no_agreement_announced: 'No agreement announced',
  talks_to_continue: 'Talks to continue',
};

export type Choice<T extends string> = { value: T; label: string };

/** A vocabulary as a select offers it: every value, in the vocabulary's order, with its words. */
function choices<T extends string>(values: readonly T[], labels?: Record<T, string>): Choice<T>[] {
  const words = (value: T) => value.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return values.map((value) => ({ value, label: labels?.[value] ?? words(value) }));
}

export const EVENT_KIND_CHOICES = choices(EVENT_KINDS, EVENT_KIND_LABELS);
export const EVENT_STATUS_CHOICES = choices(EVENT_STATUSES, EVENT_STATUS_LABELS);
export const PRECISION_CHOICES = choices(PRECISIONS, PRECISION_LABELS);
export const PARTY_KIND_CHOICES = choices(PARTY_KINDS, PARTY_KIND_LABELS);
export const PARTY_ROLE_CHOICES = choices(PARTY_ROLES, PARTY_ROLE_LABELS);
export const PERSON_ROLE_CHOICES = choices(PERSON_ROLES, PERSON_ROLE_LABELS);
/** Said from the event being edited: "This event… follows". */
export const RELATION_CHOICES: Choice<EventRelationType>[] = EVENT_RELATION_TYPES.map((value) => ({
  value,
  label: RELATION_LABELS[value].outgoing,
}));
export const ATTRIBUTION_CHOICES = choices(ATTRIBUTIONS, ATTRIBUTION_LABELS);
export const CONFIDENCE_CHOICES = choices(CONFIDENCES, CONFIDENCE_LABELS);
export const RELIABILITY_CHOICES = choices(RELIABILITIES, RELIABILITY_LABELS);
export const AFFILIATION_KIND_CHOICES = choices(AFFILIATION_KINDS);
export const USER_ROLE_CHOICES = choices(USER_ROLES, USER_ROLE_LABELS);
export const DURATION_BOUND_CHOICES = choices(DURATION_BOUNDS, DURATION_BOUND_LABELS);
export const SOURCE_KIND_CHOICES = choices(SOURCE_KINDS, SOURCE_KIND_LABELS);
export const CLAIM_KIND_CHOICES = choices(CLAIM_KINDS, CLAIM_KIND_LABELS);
export const POINT_ALIGNMENT_CHOICES = choices(POINT_ALIGNMENTS, POINT_ALIGNMENT_LABELS);
export const COMMITMENT_STATUS_CHOICES = choices(COMMITMENT_STATUSES, COMMITMENT_STATUS_LABELS);
