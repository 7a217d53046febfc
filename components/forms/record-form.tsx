'use client';
// The form for a party, person, topic, location, source or position: new or edit, one component.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { PickLists } from '@/db/queries/pick-lists';
import type { RecordKind } from '@/db/queries/record-writes';
import { RECORD_SCHEMAS } from '@/lib/validation/records';
import type { Target } from '@/lib/actions/save-result';
import { saveRecord } from '@/lib/actions/records';
import { DeleteButton } from './delete-button';
import { EditorStatus } from './editor-status';
import { FormActions } from './form-actions';
import { RecordFields, type Values } from './record-fields';
import { RECORD_SPECS } from './record-specs';
import { useEditor } from './use-editor';
import { useInlineCreate } from './use-inline-create';

export function RecordForm({
  kind,
  initial,
  target,
  draftKey,
  lists: loadedLists,
  afterSave,
}: {
  kind: RecordKind;
  initial: Values;
  target: Target;
  draftKey: string;
  lists: PickLists;
  afterSave: string;
}) {
  const router = useRouter();
  const spec = RECORD_SPECS[kind];
  const { lists, requestCreate, dialog } = useInlineCreate(loadedLists);
  const [saved, setSaved] = useState<string | null>(null);
  const editor = useEditor<Values>({
    initial,
    target,
    schema: RECORD_SCHEMAS[kind],
    save: (t, values) => saveRecord(kind, t, values),
    draftKey,
    onSaved: (result) => {
      setSaved(`Saved ${spec.title} “${result.label}”.`);
      router.push(afterSave.replace('{slug}', result.slug ?? String(result.id)).replace('{id}', String(result.id)));
      router.refresh();
    },
  });
  const labels = Object.fromEntries(spec.fields.map((f) => [f.name, f.label]));

  return (
    <>
      <form
        onSubmit={editor.submit}
        noValidate
        className="mt-4 space-y-6"
        aria-label={target ? `Edit ${spec.title}` : `New ${spec.title}`}
      >
        <EditorStatus editor={editor} labels={labels} notice={saved} />
        <RecordFields
          specs={spec.fields}
          values={editor.values}
          onChange={editor.update}
          errors={editor.errors}
          lists={lists}
          onCreate={requestCreate}
        />
        <FormActions pending={editor.pending} label={target ? 'Save changes' : `Create ${spec.title}`}>
          {target && (
            <DeleteButton
              kind={kind}
              what={spec.title}
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
