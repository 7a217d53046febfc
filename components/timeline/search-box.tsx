'use client';

import { useEffect, useRef, useState } from 'react';

const DELAY_MS = 300;

/** Free-text search; the URL follows what is typed once typing pauses. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Back, forward or "clear filters" change the URL: show what it now says.
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const submit = (q: string) => {
    clearTimeout(timer.current);
    if (q.trim() !== value) onSearch(q.trim());
  };

  return (
    <form
      role="search"
      action="/"
      onSubmit={(event) => {
        event.preventDefault();
        submit(text);
      }}
    >
      <label htmlFor="timeline-search" className="block text-sm font-medium">
        Search titles, summaries and sources
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="timeline-search"
          name="q"
          type="search"
          value={text}
          maxLength={200}
          autoComplete="off"
          placeholder="e.g. Black Sea"
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => submit(next), DELAY_MS);
          }}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
        />
        <button
          type="submit"
          className="rounded-md bg-accent-700 px-4 py-2 text-sm font-medium text-white hover:bg-accent-600"
        >
          Search
        </button>
      </div>
    </form>
  );
}
