'use client';

// Compares any two states of a record from its history: the reader picks two revisions and sees
// each field that differs between them, old → new. States come from the revisions' snapshots.
import { useId, useState } from 'react';
import { changedFields, describeValue } from '@/lib/merge';

/** A record as one revision left it; null when that revision deleted it. */
export type RevisionState = { id: number; label: string; state: Record<string, unknown> | null };

const UNSHOWN = new Set(['version', 'id', 'deletedAt']);

function RevisionSelect({
  label,
  value,
  states,
  onChange,
}: {
  label: string;
  value: number;
  states: RevisionState[];
  onChange: (id: number) => void;
}) {
  return (
    <label className="text-sm font-medium">
      {label}
      <select
        value={value}
        onChange={(e) => onChange(Number(e.target.value))}
        className="mt-1 block max-w-full rounded border border-slate-300 px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
      >
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `states` oldest first; compares the last two until the reader chooses others. */
export function RevisionDiff({ states }: { states: RevisionState[] }) {
  const headingId = useId();
  const [from, setFrom] = useState(states.at(-2)?.id ?? states[0].id);
  const [to, setTo] = useState(states.at(-1)!.id);
  const [a, b] = [states.find((s) => s.id === from)!, states.find((s) => s.id === to)!];
  const fields = a.state && b.state ? changedFields(a.state, b.state).filter((f) => !UNSHOWN.has(f)) : [];
  return (
    <section aria-labelledby={headingId} className="mt-6" data-testid="revision-diff">
      <h3 id={headingId} className="font-semibold">
        Compare two versions
      </h3>
      <div className="mt-2 flex flex-wrap gap-4">
        <RevisionSelect label="From" value={from} states={states} onChange={setFrom} />
        <RevisionSelect label="To" value={to} states={states} onChange={setTo} />
      </div>
      <div aria-live="polite" className="mt-3 text-sm">
        {!a.state || !b.state ? (
          <p>{!a.state ? 'The first' : 'The second'} version is a deletion: the record was not there to compare.</p>
        ) : fields.length === 0 ? (
          <p>No field differs between these versions.</p>
        ) : (
          <dl className="space-y-2">
            {fields.map((field) => (
              <div key={field}>
                <dt className="font-medium">{field}</dt>
                <dd className="whitespace-pre-wrap">
                  <del className="text-red-800 dark:text-red-300">{describeValue(a.state![field])}</del>
                  {' → '}
                  <ins className="text-emerald-800 dark:text-emerald-300">{describeValue(b.state![field])}</ins>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </section>
  );
}
