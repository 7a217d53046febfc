// The directory's filter choices, declared as data so the form, the active-filter chips and the
// tests read the same words.
import type { DirectoryRole, DirectoryShow, DirectorySort } from '@/db/queries/participants';

export const DIRECTORY_ROLE_LABELS: Record<DirectoryRole, string> = {
  head_of_delegation: 'Head of delegation',
  mediator: 'Mediator',
  envoy: 'Envoy',
  official: 'Official',
};

export const DIRECTORY_SHOW_LABELS: Record<DirectoryShow, string> = {
  all: 'People and parties',
  people: 'People only',
  parties: 'Parties only',
};

export const DIRECTORY_SORT_LABELS: Record<DirectorySort, string> = {
  party: 'Grouped by party',
  name: 'By name',
};
