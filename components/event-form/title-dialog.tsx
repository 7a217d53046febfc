'use client';
// Adds, from the event form, the title a person held: dated, for a party, and cited, so that the
// event shows it and every later one in its span does too.
import type { PickLists, PickOption } from '@/db/queries/pick-lists';
import { addTitle } from '@/lib/actions/records';
import { FormDialog } from '@/components/forms/form-dialog';
import type { FieldSpec, Values } from '@/components/forms/record-fields';
import { BLANK_CITATION, citationFields, RECORD_SPECS } from '@/components/forms/record-specs';
import { affiliationInputSchema } from '@/lib/validation/records';

const titleRow = RECORD_SPECS.person.fields.find((field) => field.name === 'affiliations');
const TITLE_FIELDS: FieldSpec[] = [
  ...(titleRow?.type === 'rows' ? titleRow.fields : []),
  ...citationFields
    .filter((field) => field.name === 'source' || field.name === 'excerpt')
    .map((field) => (field.name === 'excerpt' ? { ...field, label: 'Excerpt that gives the title' } : field)),
];

function titleBody({ source, excerpt, ...title }: Values): Values {
  return { ...title, citations: [{ ...BLANK_CITATION, source, excerpt }] };
}

export function TitleDialog({
  person,
  day,
  party,
  lists,
  onAdded,
  onClose,
}: {
  person: PickOption;
  day: string;
  party: string;
  lists: PickLists;
  onAdded: (person: PickOption) => void;
  onClose: () => void;
}) {
  return (
    <FormDialog
      heading={`A title ${person.label} held`}
      submitLabel="Add the title"
      specs={TITLE_FIELDS}
      initial={{ title: '', party, kind: 'official', validFrom: day, validTo: '', source: '', excerpt: '' }}
      lists={lists}
      schema={affiliationInputSchema}
      toBody={titleBody}
      fieldNames={{ 'citations.0.source': 'source', 'citations.0.excerpt': 'excerpt' }}
      send={(body) => addTitle(person.slug, body)}
      onSaved={(_, body) => {
        const span = {
          partySlug: String(body.party),
          partyName: lists.parties.find((p) => p.slug === body.party)?.label ?? String(body.party),
          title: String(body.title),
          validFrom: (body.validFrom as string) || null,
          validTo: (body.validTo as string) || null,
        };
        onAdded({ ...person, titles: [...(person.titles ?? []), span] });
      }}
      onClose={onClose}
    />
  );
}
