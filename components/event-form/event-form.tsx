'use client';
// The event form, for a new event and for editing one: the same components either way.
import { useRouter } from 'next/navigation';
import type { PickLists, PickOption } from '@/db/queries/pick-lists';
import { saveEvent } from '@/lib/actions/records';
import { DeleteButton } from '@/components/forms/delete-button';
import type { Target } from '@/lib/actions/save-result';
import { secondaryButtonClass } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';
import { EditorStatus } from '@/components/forms/editor-status';
import { TopicPicker } from '@/components/forms/topic-picker';
import { useInlineCreate } from '@/components/forms/use-inline-create';
import { RecordFields, type CreateRequest, type FieldSpec, type Values } from '@/components/forms/record-fields';
import { BLANK_CITATION, citationFields } from '@/components/forms/record-specs';
import { useEditor } from '@/components/forms/use-editor';
import { eventDraftKey } from '@/lib/drafts';
import type { EventFormValues } from '@/lib/event-form';
import type { FieldErrors } from '@/lib/errors';
import { PARTY_ROLE_CHOICES, RELATION_CHOICES } from '@/lib/labels';
import { eventInputSchema } from '@/lib/validation/event';
import { PeopleSection } from './people-section';
import { WhatFields } from './what-fields';
import { WhenWhereFields } from './when-where-fields';

/** The event's lists, in order; people have a section of their own (people-section.tsx). */
const SECTIONS: { name: keyof EventFormValues; title: string; spec?: FieldSpec }[] = [
  {
    name: 'parties',
    title: 'Parties',
    spec: {
      name: 'parties',
      label: 'Parties',
      type: 'rows',
      itemLabel: 'Party',
      addLabel: 'Add a party',
      adder: { field: 'party', list: 'parties', create: 'party' },
      blank: { party: '', role: 'party' },
      fields: [
        { name: 'party', label: 'Party', type: 'picker', list: 'parties', create: 'party' },
        { name: 'role', label: 'Role', type: 'select', options: PARTY_ROLE_CHOICES },
      ],
    },
  },
  { name: 'people', title: 'People' },
  {
    name: 'citations',
    title: 'Citations',
    spec: {
      name: 'citations',
      label: 'Citations',
      type: 'rows',
      itemLabel: 'Citation',
      addLabel: 'Add a citation',
      adder: { field: 'source', list: 'sources', create: 'source' },
      blank: BLANK_CITATION,
      fields: citationFields.map((f) => (f.name === 'source' ? { ...f, create: 'source' as const } : f)),
    },
  },
  {
    name: 'relations',
    title: 'Related events',
    spec: {
      name: 'relations',
      label: 'Related events',
      type: 'rows',
      itemLabel: 'Relation',
      addLabel: 'Add a related event',
      blank: { type: 'follows', event: '' },
      fields: [
        { name: 'type', label: 'This event…', type: 'select', options: RELATION_CHOICES },
        { name: 'event', label: 'Event', type: 'picker', list: 'events' },
      ],
    },
  },
];

const EVENT_FIELD_LABELS: Partial<Record<keyof EventFormValues, string>> = {
  kind: 'Kind',
  title: 'Title',
  summary: 'Summary',
  startsAt: 'Starts',
  endsAt: 'Ends',
  timeZone: 'Time zone',
  precision: 'Precision',
  approximate: 'Approximate start',
  endApproximate: 'Approximate end',
  durationMinutes: 'Lasted (minutes)',
  durationBound: 'Duration is',
  status: 'Status',
  location: 'Location',
  parties: 'Parties',
  people: 'People',
  topics: 'Topics',
  citations: 'Citations',
  relations: 'Related events',
  statusHistory: 'Status history',
};

export function EventForm({
  initial,
  target,
  slug,
  lists: loadedLists,
}: {
  initial: EventFormValues;
  target: Target;
  slug: string | null;
  lists: PickLists;
}) {
  const router = useRouter();
  const { lists, requestCreate, replaceOption, dialog } = useInlineCreate(loadedLists);
  const editor = useEditor<EventFormValues>({
    initial,
    target,
    schema: eventInputSchema,
    save: saveEvent,
    draftKey: eventDraftKey(slug),
    onSaved: (result) => {
      router.push(`/events/${result.slug}`);
      router.refresh();
    },
  });
  const { values, errors } = editor;

  return (
    <>
      <form
        onSubmit={editor.submit}
        noValidate
        className="mt-4 space-y-6"
        aria-label={slug ? 'Edit event' : 'New event'}
      >
        <EditorStatus editor={editor} labels={EVENT_FIELD_LABELS} />

        <WhatFields values={values} errors={errors} update={editor.update} />
        <WhenWhereFields
          values={values}
          errors={errors}
          update={editor.update}
          locations={lists.locations}
          onCreate={requestCreate}
        />

        <TopicPicker editor={editor} options={lists.topics} onCreate={requestCreate} />

        <ListSections
          editor={editor}
          lists={lists}
          onCreate={requestCreate}
          onPersonChanged={(person) => replaceOption('people', person)}
        />

        <FormActions pending={editor.pending} label={slug ? 'Save changes' : 'Create event'}>
          <button type="button" className={secondaryButtonClass} onClick={() => router.back()}>
            Cancel
          </button>
          {target && (
            <DeleteButton
              kind="event"
              what="event"
              className={`${secondaryButtonClass} sm:ml-auto`}
              target={{ id: target.id, version: editor.version ?? target.version }}
              afterDelete="/"
              onError={editor.report}
            />
          )}
        </FormActions>
      </form>
      {dialog}
    </>
  );
}

/** The part of the form's editor (see use-editor) the list sections read and write. */
type ListsEditor = { values: EventFormValues; errors: FieldErrors; update: (next: EventFormValues) => void };

/** The event's lists, one titled section each, in the order of SECTIONS. */
function ListSections({
  editor,
  lists,
  onCreate,
  onPersonChanged,
}: {
  editor: ListsEditor;
  lists: PickLists;
  onCreate: CreateRequest;
  onPersonChanged: (person: PickOption) => void;
}) {
  const { values, errors } = editor;
  return SECTIONS.map((section) => (
    <div key={section.name}>
      <h2 className="mb-2 text-lg font-semibold">{section.title}</h2>
      {section.name === 'people' ? (
        <PeopleSection
          values={values}
          update={editor.update}
          errors={errors}
          lists={lists}
          onCreate={onCreate}
          onPersonChanged={onPersonChanged}
        />
      ) : (
        <RecordFields
          specs={[{ ...section.spec!, label: `${section.title} of this event` }]}
          values={values as unknown as Values}
          onChange={(next) => editor.update(next as unknown as EventFormValues)}
          errors={errors}
          lists={lists}
          onCreate={onCreate}
        />
      )}
    </div>
  ));
}
