'use client';
// One point of a session: what matter it is, how the parties' accounts of it align, and which of
// the session's claims speak to it. New and existing points share this form.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { PickLists } from '@/db/queries/pick-lists';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormActions } from '@/components/forms/form-actions';
import { EditorStatus } from '@/components/forms/editor-status';
import { RecordFields, type FieldSpec, type Values } from '@/components/forms/record-fields';
import { TopicPicker } from '@/components/forms/topic-picker';
import { useEditor } from '@/components/forms/use-editor';
import { useInlineCreate } from '@/components/forms/use-inline-create';
import { savePoint, type PointContent } from '@/lib/actions/analysis';
import type { Target } from '@/lib/actions/save-result';
import { POINT_ALIGNMENT_CHOICES } from '@/lib/labels';
import { pointInputSchema } from '@/lib/validation/claims';

export type PointValues = PointContent;
/** A claim of the session as the point form offers it. */
export type PointClaimOption = { slug: string; party: string; exact: string; source: string };

const FIELDS: FieldSpec[] = [
  {
    name: 'label',
    label: 'Point',
    type: 'text',
    hint: 'The matter, such as “Scope of the strike moratorium”',
    wide: true,
  },
  { name: 'alignment', label: 'How the accounts align', type: 'select', options: POINT_ALIGNMENT_CHOICES, wide: true },
  { name: 'note', label: 'Note (optional)', type: 'textarea' },
];
const LABELS = { ...Object.fromEntries(FIELDS.map((f) => [f.name, f.label])), topics: 'Topics', claims: 'Claims' };

export function PointForm({
  initial,
  target,
  draftKey,
  claims,
  lists: loadedLists,
  onCreated,
}: {
  initial: PointValues;
  target: Target;
  draftKey: string;
  claims: readonly PointClaimOption[];
  lists: PickLists;
  onCreated?: () => void;
}) {
  const router = useRouter();
  const { lists, requestCreate, dialog } = useInlineCreate(loadedLists);
  const [notice, setNotice] = useState<string | null>(null);
  const editor = useEditor<PointValues>({
    initial,
    target,
    schema: pointInputSchema,
    save: (t, values) => savePoint(t, values),
    draftKey,
    onSaved: () => {
      setNotice('Saved the point.');
      onCreated?.();
      router.refresh();
    },
  });
  const { values, errors } = editor;
  const name = target ? `Edit point “${initial.label}”` : 'New point';
  const claimError = errors.claims ?? Object.entries(errors).find(([key]) => key.startsWith('claims.'))?.[1];

  return (
    <>
      <form
        onSubmit={editor.submit}
        noValidate
        className="space-y-4 rounded border border-slate-300 p-4 dark:border-slate-700"
        aria-label={name}
      >
        <EditorStatus editor={editor} labels={LABELS} notice={notice} />
        <RecordFields
          specs={FIELDS}
          values={values as unknown as Values}
          onChange={(next) => editor.update(next as unknown as PointValues)}
          errors={errors}
          lists={lists}
        />
        <ClaimChecklist
          claims={claims}
          chosen={values.claims}
          onChange={(chosen) => editor.update({ ...values, claims: chosen })}
          error={claimError}
          errorId={`${draftKey}-claims-error`}
        />
        <TopicPicker editor={editor} options={lists.topics} onCreate={requestCreate} />
        <FormActions pending={editor.pending} label={target ? 'Save point' : 'Create point'}>
          {target && (
            <DeleteButton
              kind="point"
              what="point"
              target={{ id: target.id, version: editor.version ?? target.version }}
              onError={editor.report}
            />
          )}
        </FormActions>
      </form>
      {dialog}
    </>
  );
}

/** The session's claims as checkboxes: the ones ticked are the claims on this point. */
function ClaimChecklist({
  claims,
  chosen,
  onChange,
  error,
  errorId,
}: {
  claims: readonly PointClaimOption[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  error?: string;
  errorId: string;
}) {
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-lg font-semibold">Claims on this point</legend>
      {error && (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {claims.length === 0 && (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          This session has no claims yet: add them from its sources.
        </p>
      )}
      <ul className="space-y-2">
        {claims.map((claim) => (
          <li key={claim.slug}>
            <label className="flex items-start gap-2 text-sm break-words">
              <input
                type="checkbox"
                className="mt-1"
                checked={chosen.includes(claim.slug)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...chosen, claim.slug] : chosen.filter((c) => c !== claim.slug))
                }
              />
              <span>
                <strong>{claim.party}</strong>: “{claim.exact}”{' '}
                <span className="text-slate-600 dark:text-slate-400">({claim.source})</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
