'use client';
// A type-ahead picker after the WAI-ARIA combobox pattern: type to filter, arrows to move, Enter
// to choose, Escape to close. Optionally offers to create a record from what was typed.
import { useId, useMemo, useState } from 'react';
import type { PickOption } from '@/db/queries/pick-lists';
import { Field, inputClass } from './field';

const MAX_SHOWN = 30;

export function Combobox({
  label,
  options,
  value,
  onChange,
  onCreate,
  createLabel = 'Create',
  error,
  hint,
  className,
  clearable = true,
}: {
  label: React.ReactNode;
  options: readonly PickOption[];
  value: string;
  onChange: (slug: string) => void;
  onCreate?: (text: string) => void;
  createLabel?: string;
  error?: string;
  hint?: string;
  className?: string;
  clearable?: boolean;
}) {
  const listId = useId();
  const selected = options.find((o) => o.slug === value);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? selected?.label ?? value;

  const items = useMemo(() => {
    const q = (query ?? '').trim().toLowerCase();
    const matches = options.filter((o) => !q || o.label.toLowerCase().includes(q) || o.slug.includes(q) || o.hint?.toLowerCase().includes(q)).slice(0, MAX_SHOWN);
    const entries: { key: string; label: string; hint?: string; choose: () => void }[] = matches.map((o) => ({ key: o.slug, label: o.label, hint: o.hint, choose: () => onChange(o.slug) }));
    const typed = (query ?? '').trim();
    if (onCreate && typed && !options.some((o) => o.label.toLowerCase() === typed.toLowerCase()))
      entries.push({ key: '__create', label: `${createLabel} “${typed}”`, choose: () => onCreate(typed) });
    if (clearable && value && !typed) entries.unshift({ key: '__none', label: '(none)', choose: () => onChange('') });
    return entries;
  }, [options, query, onChange, onCreate, createLabel, clearable, value]);

  function choose(index: number) {
    items[index]?.choose();
    setQuery(null);
    setOpen(false);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(i + 1, items.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      if (open && items.length) {
        event.preventDefault();
        choose(active);
      } else if (open) event.preventDefault();
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setQuery(null);
    }
  }

  return (
    <Field label={label} error={error} hint={hint} className={className}>
      {(props) => (
        <div className="relative">
          <input
            {...props}
            type="text"
            role="combobox"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
            autoComplete="off"
            value={text}
            placeholder="Type to search"
            className={inputClass}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onFocus={() => setOpen(false)}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setQuery(null);
            }}
          />
          {open && (
            <ul
              id={listId}
              role="listbox"
              aria-label={typeof label === "string" ? `${label} options` : undefined}
              className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
            >
              {items.length === 0 && <li className="px-2 py-1 text-sm text-slate-600 dark:text-slate-400">No matches</li>}
              {items.map((item, index) => (
                <li
                  key={item.key}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`cursor-pointer px-2 py-1 text-sm ${index === active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => choose(index)}
                >
                  {item.label}
                  {item.hint && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{item.hint}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </Field>
  );
}
