'use client';
// The draft event beside the source: each proposal to accept, change or reject. Nothing here is
// saved; "Open event form" hands the kept proposals to the event form.
import type { PartyRole } from '@/db/enums';
import type { PickOption } from '@/db/queries/pick-lists';
import type { RecordKind } from '@/db/queries/record-writes';
import { ChoiceOptions, Field, inputClass, secondaryButtonClass } from '@/components/forms/field';
import type { Extraction, NameProposal } from '@/lib/extract/extract';
import { ATTRIBUTION_LABELS, PARTY_ROLE_CHOICES, PERSON_ROLE_CHOICES, PRECISION_LABELS } from '@/lib/labels';
import type { Choice, PersonChoice, Review } from '@/lib/source-first';

const KIND_OF_LIST = { people: 'person', parties: 'party', locations: 'location' } as const satisfies Record<
  string,
  RecordKind
>;

type CreateFromName = (kind: RecordKind, name: string, list: keyof typeof KIND_OF_LIST) => void;

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-base font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

function Keep({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="inline-flex min-w-0 items-center gap-2">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}

function replaceAt<T>(list: readonly T[], index: number, next: Partial<T>): T[] {
  return list.map((item, i) => (i === index ? { ...item, ...next } : item));
}

export function DraftReview({
  review,
  extraction,
  locations,
  onChange,
  onCreate,
}: {
  review: Review;
  extraction: Extraction;
  locations: readonly PickOption[];
  onChange: (next: Review) => void;
  onCreate: CreateFromName;
}) {
  const set = <K extends keyof Review>(key: K, value: Review[K]) => onChange({ ...review, [key]: value });
  const placeOptions = [...new Set(extraction.locations.flatMap((l) => (l.slug ? [l.slug] : [])))].map(
    (slug) => locations.find((o) => o.slug === slug) ?? { slug, label: slug },
  );

  return (
    <div className="space-y-5" role="group" aria-label="Draft event">
      <Field label="Title">
        {(props) => (
          <input
            {...props}
            type="text"
            className={inputClass}
            value={review.title}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>

      <Section title="When">
        <DateChoices review={review} extraction={extraction} set={set} />
      </Section>

      <Section title="Where">
        <select
          aria-label="Location"
          className={inputClass}
          value={review.location}
          onChange={(e) => set('location', e.target.value)}
        >
          <option value="">(none)</option>
          <ChoiceOptions choices={placeOptions.map((o) => ({ value: o.slug, label: o.label }))} />
        </select>
      </Section>

      <Section title="Parties">
        {review.parties.map((party, i) => (
          <RoleRow
            key={party.slug}
            choice={party}
            choices={PARTY_ROLE_CHOICES}
            onChange={(next) => set('parties', replaceAt(review.parties, i, next as Partial<Choice<PartyRole>>))}
          />
        ))}
      </Section>

      <Section title="People">
        <PeopleChoices review={review} extraction={extraction} set={set} />
      </Section>

      <Section title="Topics">
        {review.topics.map((topic, i) => (
          <div key={topic.slug}>
            <Keep
              label={topic.name}
              checked={topic.accepted}
              onChange={(accepted) => set('topics', replaceAt(review.topics, i, { accepted }))}
            />
          </div>
        ))}
      </Section>

      <UnknownNames extraction={extraction} onCreate={onCreate} />

      <Section title="Citations">
        <CitationList review={review} set={set} />
      </Section>
    </div>
  );
}

type SetReview = <K extends keyof Review>(key: K, value: Review[K]) => void;
type Sub = { review: Review; set: SetReview };

/** The dates found, each offered as the start or the end. */
function DateChoices({ review, extraction, set }: Sub & { extraction: Extraction }) {
  return (
    <>
      {extraction.dates.length === 0 && (
        <p className="text-sm">No dates or times were found; enter them in the event form.</p>
      )}
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left">
            <th className="pr-2">Start</th>
            <th className="pr-2">End</th>
            <th>In the text → read as</th>
          </tr>
        </thead>
        <tbody>
          {extraction.dates.map((date, i) => (
            <tr key={date.index}>
              <td>
                <input
                  type="radio"
                  name="draft-start"
                  aria-label={`Start: ${date.text}`}
                  checked={review.start === i}
                  onChange={() => set('start', i)}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`End: ${date.text}`}
                  checked={review.end === i}
                  onChange={(e) => set('end', e.target.checked ? i : null)}
                />
              </td>
              <td>
                “{date.text}” → {date.start.replace('T', ' ')} {date.timeZone} (
                {PRECISION_LABELS[date.precision].toLowerCase()}
                {date.approximate ? ', approximate' : ''})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** The people kept, with their roles, and a warning where the text's title differs from Parley's. */
function PeopleChoices({ review, extraction, set }: Sub & { extraction: Extraction }) {
  const titles = new Map(
    extraction.people.filter((p) => p.slug && p.title && !p.title.matches).map((p) => [p.slug!, p.title!]),
  );
  return (
    <>
      {review.people.map((person, i) => (
        <div key={person.slug}>
          <RoleRow
            choice={person}
            choices={PERSON_ROLE_CHOICES}
            onChange={(next) => set('people', replaceAt(review.people, i, next as Partial<PersonChoice>))}
          />
          {titles.has(person.slug) && (
            <p className="ml-6 text-sm text-amber-800 dark:text-amber-300">
              The text calls them “{titles.get(person.slug)!.text}”; Parley has{' '}
              {titles.get(person.slug)!.held ? `“${titles.get(person.slug)!.held}”` : 'no title'} for that day.
            </p>
          )}
        </div>
      ))}
    </>
  );
}

/** The names found without a record, each with a button to create one. */
function UnknownNames({ extraction, onCreate }: { extraction: Extraction; onCreate: CreateFromName }) {
  const unknown = (['people', 'parties', 'locations'] as const).flatMap((list) =>
    uniqueNames(extraction[list]).map((name) => ({ list, name })),
  );
  return (
    unknown.length > 0 && (
      <Section title="Names Parley does not know">
        <ul className="space-y-1 text-sm">
          {unknown.map(({ list, name }) => (
            <li key={`${list}:${name}`} className="flex flex-wrap items-center gap-2">
              <span>{name}</span>
              <button
                type="button"
                className={secondaryButtonClass}
                onClick={() => onCreate(KIND_OF_LIST[list], name, list)}
              >
                Create {KIND_OF_LIST[list]}
              </button>
            </li>
          ))}
        </ul>
      </Section>
    )
  );
}

/** The citations kept so far, each removable. */
function CitationList({ review, set }: Sub) {
  return (
    <>
      {review.citations.length === 0 && <p className="text-sm">Choose a sentence in the text to cite it.</p>}
      <ul className="space-y-2 text-sm">
        {review.citations.map((citation) => (
          <li key={citation.index} className="rounded border border-slate-300 p-2 dark:border-slate-700">
            “{citation.text}”{' '}
            <span className="text-slate-700 dark:text-slate-300">({ATTRIBUTION_LABELS[citation.attribution]})</span>
            <button
              type="button"
              className={`${secondaryButtonClass} ml-2`}
              onClick={() =>
                set(
                  'citations',
                  review.citations.filter((c) => c.index !== citation.index),
                )
              }
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The names without a record, each once. */
function uniqueNames(names: readonly NameProposal[]): string[] {
  return [...new Set(names.filter((n) => n.slug === null).map((n) => n.name))];
}

function RoleRow<R extends string>({
  choice,
  choices,
  onChange,
}: {
  choice: Choice<R>;
  choices: readonly { value: string; label: string }[];
  onChange: (next: Partial<Choice<R>>) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Keep
        label={choice.name}
        checked={choice.accepted}
        onChange={(accepted) => onChange({ accepted } as Partial<Choice<R>>)}
      />
      <select
        aria-label={`Role of ${choice.name}`}
        className="rounded border border-slate-400 bg-white px-1 py-0.5 text-sm dark:border-slate-600 dark:bg-slate-900"
        value={choice.role}
        onChange={(e) => onChange({ role: e.target.value as R, accepted: true } as Partial<Choice<R>>)}
      >
        <ChoiceOptions choices={choices} />
      </select>
    </div>
  );
}
