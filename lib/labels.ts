// Words for the closed vocabularies, shown wherever a value is: never colour alone.
import type { Attribution, ClaimKind, Confidence, DurationBound, EventKind, EventRelationType, EventStatus, PartyKind, PartyRole, PersonRole, PointAlignment, Precision, Reliability, SourceKind } from '@/db/enums';

/** A select's options from a vocabulary's labels, in the order the labels are declared (the vocabulary's). */
export function labelOptions<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

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

export const CONFIDENCE_LABELS: Record<Confidence, string> = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' };

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
