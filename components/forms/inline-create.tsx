'use client';
// Creates a record without leaving the form that needs it: a new person, topic, source, party or
// location, picked as soon as it is saved.
import type { PickLists, PickOption, TitleSpan } from '@/db/queries/pick-lists';
import type { RecordKind } from '@/db/queries/record-writes';
import { RECORD_SCHEMAS } from '@/lib/validation/records';
import { saveRecord } from '@/lib/actions/records';
import { FormDialog } from './form-dialog';
import type { FieldSpec, Values } from './record-fields';
import { RECORD_SPECS } from './record-specs';

/** The field a typed name fills in: a source's title, every other record's name. */
const NAME_FIELD: Partial<Record<RecordKind, string>> = { source: 'title', position: 'stance' };

/** A new person is usually added with the title they hold: one affiliation, asked for inline. */
const PERSON_TITLE_FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Title (optional)', type: 'text', hint: 'Such as "Defense Minister"' },
  { name: 'titleParty', label: 'Title held for', type: 'picker', list: 'parties' },
];

function personBody(values: Values): Values {
  const { title, titleParty, ...person } = values;
  return {
    ...person,
    affiliations: title || titleParty ? [{ party: titleParty, title, kind: 'official', citations: [] }] : [],
  };
}

/** What a picker needs to know of the new record at once: a location's zone, a person's title. */
function optionOf(kind: RecordKind, slug: string, label: string, body: Values, lists: PickLists): PickOption {
  if (kind === 'location') return { slug, label, timeZone: String(body.timeZone) };
  if (kind !== 'person') return { slug, label };
  const titles: TitleSpan[] = (body.affiliations as { party: string; title: string }[]).map((span) => ({
    partySlug: span.party,
    partyName: lists.parties.find((party) => party.slug === span.party)?.label ?? span.party,
    title: span.title,
    validFrom: null,
    validTo: null,
  }));
  return { slug, label, titles };
}

export function InlineCreate({
  kind,
  text,
  more,
  lists,
  onCreated,
  onClose,
}: {
  kind: RecordKind;
  text: string;
  /** Other fields already known, such as a pasted source's publisher and text. */
  more?: Values;
  lists: PickLists;
  onCreated: (option: PickOption) => void;
  onClose: () => void;
}) {
  const spec = RECORD_SPECS[kind];
  const person = kind === 'person';
  return (
    <FormDialog
      heading={`New ${spec.title}`}
      submitLabel={`Create ${spec.title}`}
      specs={[...spec.fields.filter((f) => f.type !== 'rows'), ...(person ? PERSON_TITLE_FIELDS : [])]}
      initial={{ ...spec.blank, ...more, [NAME_FIELD[kind] ?? 'name']: text }}
      lists={lists}
      schema={RECORD_SCHEMAS[kind]}
      toBody={person ? personBody : undefined}
      fieldNames={person ? { 'affiliations.0.title': 'title', 'affiliations.0.party': 'titleParty' } : undefined}
      send={(body) => saveRecord(kind, null, body)}
      onSaved={(result, body) => result.slug && onCreated(optionOf(kind, result.slug, result.label, body, lists))}
      onClose={onClose}
    />
  );
}
