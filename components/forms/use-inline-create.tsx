'use client';
// The pick lists of a form, and the inline "create" dialog that adds to them: a record created
// from a picker joins its list and is picked at once.
import { useState } from 'react';
import type { PickListName, PickLists, PickOption } from '@/db/queries/pick-lists';
import type { RecordKind } from '@/db/queries/record-writes';
import { InlineCreate } from './inline-create';
import type { CreateRequest, Values } from './record-fields';

const LIST_OF_KIND: Record<RecordKind, PickListName | null> = {
  party: 'parties',
  person: 'people',
  topic: 'topics',
  location: 'locations',
  source: 'sources',
  position: null,
};

export function useInlineCreate(loaded: PickLists) {
  const [lists, setLists] = useState(loaded);
  const [creating, setCreating] = useState<{
    kind: RecordKind;
    text: string;
    pick: (slug: string, option: PickOption) => void;
    more?: Values;
  } | null>(null);
  const requestCreate: CreateRequest = (kind, text, pick, more) => setCreating({ kind, text, pick, more });

  function created(option: PickOption) {
    if (!creating) return;
    const list = LIST_OF_KIND[creating.kind];
    if (list)
      setLists((current) => ({
        ...current,
        [list]: [...current[list], option].sort((a, b) => a.label.localeCompare(b.label)),
      }));
    creating.pick(option.slug, option);
    setCreating(null);
  }

  /** Puts a changed record (a person with a new title) in place of its old entry. */
  function replaceOption(list: PickListName, option: PickOption) {
    setLists((current) => ({
      ...current,
      [list]: current[list].map((entry) => (entry.slug === option.slug ? option : entry)),
    }));
  }

  const dialog = creating ? (
    <InlineCreate
      kind={creating.kind}
      text={creating.text}
      more={creating.more}
      lists={lists}
      onCreated={created}
      onClose={() => setCreating(null)}
    />
  ) : null;
  return { lists, requestCreate, replaceOption, dialog };
}
