'use client';
// A type-ahead picker after the WAI-ARIA combobox pattern: type to filter, arrows to move, Enter
// to choose, Escape to close. Optionally offers to create a record from what was typed.
import { useId, useMemo, useState } from 'react';
import type { PickOption } from '@/db/queries/pick-lists';
import { Field, inputClass } from './field';

const MAX_SHOWN = 30;

type Entry = { key: string; label: string; hint?: string; choose: () => void };
type EntryActions = {
  value: string;
  onChange: (slug: string) => void;
  onCreate?: (text: string) => void;
  createLabel: string;
  clearable: boolean;
};

/** The choices shown for what is typed: matches first, then an offer to create, a "(none)" to clear. */
function entriesFor(
  options: readonly PickOption[],
  query: string | null,
  { value, onChange, onCreate, createLabel, clearable }: EntryActions,
): Entry[] {
  const q = (query ?? '').trim().toLowerCase();
  const matches = options
    .filter((o) => !q || o.label.toLowerCase().includes(q) || o.slug.includes(q) || o.hint?.toLowerCase().includes(q))
    .slice(0, MAX_SHOWN);
  const entries: Entry[] = matches.map((o) => ({
    key: o.slug,
    label: o.label,
    hint: o.hint,
    choose: () => onChange(o.slug),
  }));
  const typed = (query ?? '').trim();
  if (onCreate && typed && !options.some((o) => o.label.toLowerCase() === typed.toLowerCase()))
    entries.push({ key: '__create', label: `${createLabel} “${typed}”`, choose: () => onCreate(typed) });
  if (clearable && value && !typed) entries.unshift({ key: '__none', label: '(none)', choose: () => onChange('') });
  return entries;
}

type ListState = {
  open: boolean;
  items: Entry[];
  active: number;
  choose: (index: number) => void;
  setOpen: (open: boolean) => void;
  setActive: React.Dispatch<React.SetStateAction<number>>;
  reset: () => void;
};

/** Arrows move through the open list, Enter chooses, Escape closes and restores the text. */
function listKeys({ open, items, active, choose, setOpen, setActive, reset }: ListState) {
  return (event: React.KeyboardEvent<HTMLInputElement>) => {
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
      reset();
    }
  };
}

function ComboboxList({
  id,
  label,
  items,
  active,
  onActive,
  onChoose,
}: {
  id: string;
  label: React.ReactNode;
  items: Entry[];
  active: number;
  onActive: (index: number) => void;
  onChoose: (index: number) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={typeof label === 'string' ? `${label} options` : undefined}
      className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
    >
      {items.length === 0 && <li className="px-2 py-1 text-sm text-slate-600 dark:text-slate-400">No matches</li>}
      {items.map((item, index) => (
        <li
          key={item.key}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          className={`cursor-pointer px-2 py-1 text-sm ${index === active ? 'bg-sky-100 dark:bg-sky-900' : ''}`}
          onMouseDown={(event) => event.preventDefault()}
          onMouseEnter={() => onActive(index)}
          onClick={() => onChoose(index)}
        >
          {item.label}
          {item.hint && <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{item.hint}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The combobox's state: the text typed (until a choice or blur), whether the list is open, the active entry. */
function useCombobox(
  options: readonly PickOption[],
  { value, onChange, onCreate, createLabel, clearable }: EntryActions,
) {
  const selected = options.find((o) => o.slug === value);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const text = query ?? selected?.label ?? value;

  const items = useMemo(
    () => entriesFor(options, query, { value, onChange, onCreate, createLabel, clearable }),
    [options, query, onChange, onCreate, createLabel, clearable, value],
  );

  function choose(index: number) {
    items[index]?.choose();
    setQuery(null);
    setOpen(false);
  }

  function type(typed: string) {
    setQuery(typed);
    setActive(0);
    setOpen(true);
  }

  function leave() {
    setOpen(false);
    setQuery(null);
  }

  const onKeyDown = listKeys({ open, items, active, choose, setOpen, setActive, reset: () => setQuery(null) });
  return { text, open, setOpen, active, setActive, items, choose, type, leave, onKeyDown };
}

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
  const { text, open, setOpen, active, setActive, items, choose, type, leave, onKeyDown } = useCombobox(options, {
    value,
    onChange,
    onCreate,
    createLabel,
    clearable,
  });

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
            onChange={(event) => type(event.target.value)}
            onFocus={() => setOpen(false)}
            onClick={() => setOpen(true)}
            onKeyDown={onKeyDown}
            onBlur={leave}
          />
          {open && (
            <ComboboxList
              id={listId}
              label={label}
              items={items}
              active={active}
              onActive={setActive}
              onChoose={choose}
            />
          )}
        </div>
      )}
    </Field>
  );
}
