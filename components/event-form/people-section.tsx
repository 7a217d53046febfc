'use client';
// The people at an event. Each row says which title the person held on the event's day and can
// add one in place; picking a person fills whom they acted for from that title and lists that
// party among the event's delegations, so a delegation is entered by picking its people.
import { useState } from 'react';
import type { PickLists, PickOption } from '@/db/queries/pick-lists';
import { Combobox } from '@/components/forms/combobox';
import { ChoiceOptions, Field, inputClass, secondaryButtonClass } from '@/components/forms/field';
import type { CreateRequest } from '@/components/forms/record-fields';
import { titleOn, type EventFormValues } from '@/lib/event-form';
import type { FieldErrors } from '@/lib/errors';
import { PERSON_ROLE_CHOICES } from '@/lib/labels';
import { TitleDialog } from './title-dialog';

type PersonRow = EventFormValues['people'][number];

/** The calendar day the event starts on, in its own zone: the form holds local wall time. */
function eventDay(startsAt: string): string | null {
  return /^\d{4}-\d{2}-\d{2}/.test(startsAt) ? startsAt.slice(0, 10) : null;
}

/**
 * The edits to the people list, each keeping the event's parties in step: whom a person acted for
 * is derived from the title they held on the event's day, and that party joins the delegations.
 */
function usePeopleRows(values: EventFormValues, update: (next: EventFormValues) => void, lists: PickLists) {
  const day = eventDay(values.startsAt);
  const personOf = (slug: string, option?: PickOption) => option ?? lists.people.find((p) => p.slug === slug);
  const actingFor = (person: PickOption | undefined) =>
    titleOn(person, day ?? new Date().toISOString().slice(0, 10))?.partySlug ?? '';

  /** The people as given, with each party someone acts for listed as a delegation if it is not yet a party. */
  function withPeople(people: PersonRow[]): EventFormValues {
    const parties = [...values.parties];
    for (const { onBehalfOf } of people)
      if (onBehalfOf && !parties.some((p) => p.party === onBehalfOf))
        parties.push({ party: onBehalfOf, role: 'delegation' });
    return { ...values, people, parties };
  }

  function addPerson(slug: string, option?: PickOption) {
    if (!slug) return;
    update(
      withPeople([...values.people, { person: slug, role: 'delegate', onBehalfOf: actingFor(personOf(slug, option)) }]),
    );
  }

  function changeRow(index: number, row: PersonRow) {
    update({ ...values, people: values.people.map((r, i) => (i === index ? row : r)) });
  }

  function changePerson(index: number, slug: string, option?: PickOption) {
    const row = values.people[index];
    // Whom they acted for follows the person unless the analyst chose it by hand.
    const derived = row.onBehalfOf === '' || row.onBehalfOf === actingFor(personOf(row.person));
    const people = values.people.map((r, i) =>
      i === index ? { ...r, person: slug, onBehalfOf: derived ? actingFor(personOf(slug, option)) : r.onBehalfOf } : r,
    );
    update(withPeople(people));
  }

  function removeRow(index: number) {
    update({ ...values, people: values.people.filter((_, i) => i !== index) });
  }

  return { day, personOf, addPerson, changeRow, changePerson, removeRow };
}

export function PeopleSection({
  values,
  update,
  errors,
  lists,
  onCreate,
  onPersonChanged,
}: {
  values: EventFormValues;
  update: (next: EventFormValues) => void;
  errors: FieldErrors;
  lists: PickLists;
  onCreate: CreateRequest;
  onPersonChanged: (person: PickOption) => void;
}) {
  const [titling, setTitling] = useState<{ person: PickOption; party: string } | null>(null);
  const { day, personOf, addPerson, changeRow, changePerson, removeRow } = usePeopleRows(values, update, lists);

  return (
    <fieldset className="space-y-3">
      <legend className="sr-only">People of this event</legend>
      {errors.people && <p className="text-sm text-red-700 dark:text-red-400">{errors.people}</p>}
      {values.people.map((row, index) => (
        <PersonRowFields
          key={index}
          index={index}
          row={row}
          person={personOf(row.person)}
          day={day}
          errors={errors}
          lists={lists}
          onChange={(next) => changeRow(index, next)}
          onPerson={(slug, option) => changePerson(index, slug, option)}
          onCreatePerson={(text) => onCreate('person', text, (slug, option) => changePerson(index, slug, option))}
          onAddTitle={(person) => setTitling({ person, party: row.onBehalfOf })}
          onRemove={() => removeRow(index)}
        />
      ))}
      <Combobox
        label="Add a person"
        options={lists.people}
        value=""
        clearable={false}
        onChange={addPerson}
        createLabel="New person:"
        onCreate={(text) => onCreate('person', text, addPerson)}
      />
      {titling && day && (
        <TitleDialog
          person={titling.person}
          day={day}
          party={titling.party}
          lists={lists}
          onAdded={(person) => {
            onPersonChanged(person);
            setTitling(null);
          }}
          onClose={() => setTitling(null)}
        />
      )}
    </fieldset>
  );
}

type PersonRowProps = {
  index: number;
  row: PersonRow;
  person: PickOption | undefined;
  day: string | null;
  errors: FieldErrors;
  lists: PickLists;
  onChange: (row: PersonRow) => void;
  onPerson: (slug: string, option?: PickOption) => void;
  onCreatePerson: (text: string) => void;
  onAddTitle: (person: PickOption) => void;
  onRemove: () => void;
};

function PersonRowFields({
  index,
  row,
  person,
  day,
  errors,
  lists,
  onChange,
  onPerson,
  onCreatePerson,
  onAddTitle,
  onRemove,
}: PersonRowProps) {
  const held = day ? titleOn(person, day, row.onBehalfOf) : null;
  const prefix = `people.${index}.`;
  return (
    <div
      className="rounded border border-slate-300 p-3 dark:border-slate-700"
      role="group"
      aria-label={`Person ${index + 1}`}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Combobox
          label="Person"
          options={lists.people}
          value={row.person}
          error={errors[`${prefix}person`]}
          onChange={(slug) => onPerson(slug)}
          createLabel="New person:"
          onCreate={onCreatePerson}
        />
        <Field label="Role" error={errors[`${prefix}role`]}>
          {(props) => (
            <select
              {...props}
              className={inputClass}
              value={row.role}
              onChange={(e) => onChange({ ...row, role: e.target.value })}
            >
              <ChoiceOptions choices={PERSON_ROLE_CHOICES} />
            </select>
          )}
        </Field>
        <Combobox
          label="On behalf of (optional)"
          options={lists.parties}
          value={row.onBehalfOf}
          error={errors[`${prefix}onBehalfOf`]}
          hint="Filled from the title held on the event's day"
          onChange={(party) => onChange({ ...row, onBehalfOf: party })}
        />
        {person && day && (
          <div className="text-sm">
            <p className="font-medium">Title on {day}</p>
            <p className="mt-1 text-slate-700 dark:text-slate-300">
              {held ? `${held.title}, ${held.partyName}` : 'None on record'}
            </p>
            <button
              type="button"
              className="mt-1 text-sky-800 underline underline-offset-2 dark:text-sky-300"
              onClick={() => onAddTitle(person)}
            >
              Add a title for {person.label}
            </button>
          </div>
        )}
      </div>
      <button type="button" className={`${secondaryButtonClass} mt-2`} onClick={onRemove}>
        Remove person {index + 1}
      </button>
    </div>
  );
}
