'use client';

import { useState } from 'react';
import { isCompleteDay } from '@/lib/query/timeline-filters';

type Props = {
  label: string;
  value: string | null;
  min?: string | null;
  max?: string | null;
  onApply: (value: string | null) => void;
};

/**
 * A date filter that applies what is typed only when it is finished: on leaving the field, on
 * Enter, or as soon as it is a complete, plausible date (as the picker gives). Typing a year
 * digit by digit would otherwise put each partial year in the URL and ask the server each time.
 */
export function DateFilterInput({ label, value, min, max, onApply }: Props) {
  const [draft, setDraft] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The filter changed elsewhere (the chart, Clear filters): show it.
    setShown(value);
    setDraft(value ?? '');
  }
  /** An unfinished date reads as '' with `badInput`: that keeps the filter rather than clearing it. */
  const apply = (input: HTMLInputElement) => {
    const text = input.value;
    const next = text === '' && !input.validity.badInput ? null : isCompleteDay(text) ? text : value;
    if (next !== value) onApply(next);
    else setDraft(value ?? '');
  };
  return (
    <label className="block">
      {label}
      <input
        type="date"
        value={draft}
        min={min ?? undefined}
        max={max ?? undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (isCompleteDay(event.target.value) && event.target.value !== value) onApply(event.target.value);
        }}
        onBlur={(event) => apply(event.currentTarget)}
        onKeyDown={(event) => event.key === 'Enter' && apply(event.currentTarget)}
        className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
      />
    </label>
  );
}
