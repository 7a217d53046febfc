'use client';
// The event form, for a new event and for editing one: the same components either way.
import { useMemo } from 'react';
import { useRouter } from 'next/navigation';
import type { PickLists, PickOption } from '@/db/queries/pick-lists';
import { saveEvent } from '@/lib/actions/records';
import { DeleteButton } from '@/components/forms/delete-button';
import type { Target } from '@/lib/actions/save-result';
import { Combobox } from '@/components/forms/combobox';
import { ConflictView } from '@/components/forms/conflict-view';
import { ChoiceOptions, Field, inputClass, secondaryButtonClass } from '@/components/forms/field';
import { FormActions } from '@/components/forms/form-actions';
import { FormBanners } from '@/components/forms/form-banners';
import { TopicPicker } from '@/components/forms/topic-picker';
import { useInlineCreate } from '@/components/forms/use-inline-create';
import { RecordFields, type FieldSpec, type Values } from '@/components/forms/record-fields';
import { BLANK_CITATION, citationFields } from '@/components/forms/record-specs';
import { useEditor } from '@/components/forms/use-editor';
import { eventDraftKey } from '@/lib/drafts';
import { withPrecision, type EventFormValues } from '@/lib/event-form';
import { hasClock } from '@/lib/time';
import { DURATION_BOUND_CHOICES, EVENT_KIND_CHOICES, EVENT_STATUS_CHOICES, PARTY_ROLE_CHOICES, PRECISION_CHOICES, RELATION_CHOICES } from '@/lib/labels';
import { eventInputSchema } from '@/lib/validation/event';
import { PeopleSection } from './people-section';

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

export function EventForm({ initial, target, slug, lists: loadedLists }: { initial: EventFormValues; target: Target; slug: string | null; lists: PickLists }) {
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
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => editor.update({ ...values, [key]: value });
  // A day, week, month or year is entered as a date: no clock time is asked for.
  const timeInput = hasClock(values.precision) ? 'datetime-local' : 'date';
  const zones = useMemo<PickOption[]>(() => ['UTC', ...Intl.supportedValuesOf('timeZone')].map((zone) => ({ slug: zone, label: zone })), []);

  // A location created inline is not in `lists` yet when it is picked: it comes with its option.
  function pickLocation(slug: string, created?: PickOption) {
    const previousZone = lists.locations.find((l) => l.slug === values.location)?.timeZone;
    const zone = (created ?? lists.locations.find((l) => l.slug === slug))?.timeZone;
    // The location's zone is the default until the analyst chooses another one.
    const keepZone = values.timeZone !== 'UTC' && values.timeZone !== previousZone;
    editor.update({ ...values, location: slug, timeZone: zone && !keepZone ? zone : values.timeZone });
  }

  return (
    <>
      <form onSubmit={editor.submit} noValidate className="mt-4 space-y-6" aria-label={slug ? 'Edit event' : 'New event'}>
        <FormBanners draft={editor.draft !== null} onRestore={editor.restoreDraft} onDiscard={editor.discardDraft} message={editor.message} notice={editor.notice} />
        {editor.conflict && (
          <ConflictView base={editor.base} theirs={editor.conflict.values} version={editor.conflict.version} labels={EVENT_FIELD_LABELS} onReapply={editor.reapply} onTakeTheirs={editor.takeTheirs} />
        )}

        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">What</legend>
          <Field label="Kind" error={errors.kind}>
            {(props) => (
              <select {...props} className={inputClass} value={values.kind} onChange={(e) => set('kind', e.target.value as EventFormValues['kind'])}>
                <ChoiceOptions choices={EVENT_KIND_CHOICES} />
              </select>
            )}
          </Field>
          <Field label="Status" error={errors.status}>
            {(props) => (
              <select {...props} className={inputClass} value={values.status} onChange={(e) => set('status', e.target.value as EventFormValues['status'])}>
                <ChoiceOptions choices={EVENT_STATUS_CHOICES} />
              </select>
            )}
          </Field>
          <Field label="Title" error={errors.title} className="sm:col-span-2">
            {(props) => <input {...props} type="text" className={inputClass} value={values.title} onChange={(e) => set('title', e.target.value)} />}
          </Field>
          <Field label="Summary" error={errors.summary} className="sm:col-span-2">
            {(props) => <textarea {...props} rows={4} className={inputClass} value={values.summary} onChange={(e) => set('summary', e.target.value)} />}
          </Field>
        </fieldset>

        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-lg font-semibold">When and where</legend>
          <Combobox label="Location" options={lists.locations} value={values.location} error={errors.location} onChange={(slug) => pickLocation(slug)} createLabel="New location:" onCreate={(text) => requestCreate('location', text, pickLocation)} />
          <Combobox label="Time zone" options={zones} value={values.timeZone} error={errors.timeZone} clearable={false} hint="Times below are local to this zone; it follows the location unless you change it" onChange={(zone) => set('timeZone', zone || 'UTC')} />
          <Field label="Starts (local time)" error={errors.startsAt}>
            {(props) => <input {...props} type={timeInput} className={inputClass} value={values.startsAt} onChange={(e) => set('startsAt', e.target.value)} />}
          </Field>
          <Field label="Ends (local time, optional)" error={errors.endsAt}>
            {(props) => <input {...props} type={timeInput} className={inputClass} value={values.endsAt} onChange={(e) => set('endsAt', e.target.value)} />}
          </Field>
          <Field label="Precision of the start" error={errors.precision} hint="How finely the source pins the time">
            {(props) => (
              <select {...props} className={inputClass} value={values.precision} onChange={(e) => editor.update(withPrecision(values, e.target.value as EventFormValues['precision']))}>
                <ChoiceOptions choices={PRECISION_CHOICES} />
              </select>
            )}
          </Field>
          <Field label="Lasted (minutes, when no end is known)" error={errors.durationMinutes} hint="Such as 120 for “under two hours”; leave empty when the end is given">
            {(props) => <input {...props} type="number" min={1} step={1} inputMode="numeric" className={inputClass} value={values.durationMinutes} onChange={(e) => set('durationMinutes', e.target.value)} />}
          </Field>
          <Field label="The duration is" error={errors.durationBound}>
            {(props) => (
              <select {...props} className={inputClass} value={values.durationBound} onChange={(e) => set('durationBound', e.target.value as EventFormValues['durationBound'])}>
                <ChoiceOptions choices={DURATION_BOUND_CHOICES} />
              </select>
            )}
          </Field>
          <div className="flex flex-col justify-end gap-2 text-sm">
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" checked={values.approximate} onChange={(e) => set('approximate', e.target.checked)} /> The start is approximate
            </label>
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" checked={values.endApproximate} onChange={(e) => set('endApproximate', e.target.checked)} /> The end is approximate
            </label>
          </div>
        </fieldset>

        <TopicPicker editor={editor} options={lists.topics} onCreate={requestCreate} />

        {SECTIONS.map((section) => (
          <div key={section.name}>
            <h2 className="mb-2 text-lg font-semibold">{section.title}</h2>
            {section.name === 'people' ? (
              <PeopleSection values={values} update={editor.update} errors={errors} lists={lists} onCreate={requestCreate} onPersonChanged={(person) => replaceOption('people', person)} />
            ) : (
              <RecordFields
                specs={[{ ...section.spec!, label: `${section.title} of this event` }]}
                values={values as unknown as Values}
                onChange={(next) => editor.update(next as unknown as EventFormValues)}
                errors={errors}
                lists={lists}
                onCreate={requestCreate}
              />
            )}
          </div>
        ))}

        <FormActions pending={editor.pending} label={slug ? 'Save changes' : 'Create event'}>
          <button type="button" className={secondaryButtonClass} onClick={() => router.back()}>
            Cancel
          </button>
          {target && <DeleteButton kind="event" what="event" className={`${secondaryButtonClass} sm:ml-auto`} target={{ id: target.id, version: editor.version ?? target.version }} afterDelete="/" onError={editor.report} />}
        </FormActions>
      </form>
      {dialog}
    </>
  );
}
