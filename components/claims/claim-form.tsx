'use client';
// The claim editor: who made the claim, about which session and topics, of what kind, with the
// quoted words it was made from. A new claim starts from words chosen in its source's text; an
// existing one is edited here with the workspace's usual draft and conflict handling.
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { PickLists } from '@/db/queries/pick-lists';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormActions } from '@/components/forms/form-actions';
import { EditorStatus } from '@/components/forms/editor-status';
import { RecordFields, type FieldSpec, type Values } from '@/components/forms/record-fields';
import { TopicPicker } from '@/components/forms/topic-picker';
import { useEditor } from '@/components/forms/use-editor';
import { useInlineCreate } from '@/components/forms/use-inline-create';
import { saveClaim, type ClaimContent } from '@/lib/actions/analysis';
import type { Target } from '@/lib/actions/save-result';
import { ATTRIBUTION_CHOICES, CLAIM_KIND_CHOICES, CONFIDENCE_CHOICES } from '@/lib/labels';
import { claimInputSchema } from '@/lib/validation/claims';

export type ClaimValues = ClaimContent;

const FIELDS: FieldSpec[] = [
  { name: 'event', label: 'Session (event)', type: 'picker', list: 'events' },
  { name: 'party', label: 'Party making the claim', type: 'picker', list: 'parties', create: 'party' },
  { name: 'person', label: 'Speaker (optional)', type: 'picker', list: 'people', create: 'person' },
  { name: 'kind', label: 'Kind of claim', type: 'select', options: CLAIM_KIND_CHOICES },
  { name: 'attribution', label: 'Attribution', type: 'select', options: ATTRIBUTION_CHOICES },
  { name: 'confidence', label: 'Confidence', type: 'select', options: CONFIDENCE_CHOICES },
  {
    name: 'paraphrase',
    label: 'Paraphrase (optional)',
    type: 'textarea',
    hint: 'The claim in your own words, where the quote alone is unclear',
  },
];
const LABELS = {
  ...Object.fromEntries(FIELDS.map((f) => [f.name, f.label])),
  quote: 'Quoted words',
  topics: 'Topics',
  source: 'Source',
};

export function ClaimForm({
  initial,
  target,
  draftKey,
  lists: loadedLists,
  focusOnOpen = false,
  onSaved,
  afterDelete,
}: {
  initial: ClaimValues;
  target: Target;
  draftKey: string;
  lists: PickLists;
  /** Moves focus to the form when it opens beside the text, so a keyboard user lands in it. */
  focusOnOpen?: boolean;
  onSaved?: (message: string) => void;
  afterDelete?: string;
}) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  const { lists, requestCreate, dialog } = useInlineCreate(loadedLists);
  const [notice, setNotice] = useState<string | null>(null);
  const editor = useEditor<ClaimValues>({
    initial,
    target,
    schema: claimInputSchema,
    save: (t, values) => saveClaim(t, values),
    draftKey,
    onSaved: () => {
      setNotice('Saved the claim.');
      onSaved?.('Saved the claim.');
      router.refresh();
    },
  });
  const { values, errors } = editor;
  useEffect(() => {
    if (focusOnOpen) heading.current?.focus();
  }, [focusOnOpen]);

  return (
    <>
      <form onSubmit={editor.submit} noValidate className="space-y-4" aria-labelledby="claim-form-heading">
        <h2
          id="claim-form-heading"
          ref={heading}
          tabIndex={-1}
          className="text-lg font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
        >
          {target ? 'Edit claim' : 'New claim'}
        </h2>
        <EditorStatus editor={editor} labels={LABELS} notice={notice} />
        <QuotedWords quote={values.quote} error={errors['quote.exact']} />
        <RecordFields
          specs={FIELDS}
          values={values as unknown as Values}
          onChange={(next) => editor.update(next as unknown as ClaimValues)}
          errors={errors}
          lists={lists}
          onCreate={requestCreate}
        />
        <TopicPicker editor={editor} options={lists.topics} onCreate={requestCreate} />
        <FormActions pending={editor.pending} label={target ? 'Save changes' : 'Save claim'}>
          {target && (
            <DeleteButton
              kind="claim"
              what="claim"
              target={{ id: target.id, version: editor.version ?? target.version }}
              afterDelete={afterDelete}
              onError={editor.report}
            />
          )}
        </FormActions>
      </form>
      {dialog}
    </>
  );
}

/** The words the claim was made from, in their context, or a prompt to choose them. */
function QuotedWords({ quote, error }: { quote: ClaimValues['quote']; error?: string }) {
  return (
    <figure aria-labelledby="claim-quote-caption" aria-describedby={error ? 'claim-quote-error' : undefined}>
      <figcaption id="claim-quote-caption" className="text-sm font-medium">
        Quoted words
      </figcaption>
      {quote.exact ? (
        <blockquote className="mt-1 border-l-4 border-amber-500 pl-3 break-words">
          <span className="text-slate-600 dark:text-slate-400">…{quote.prefix}</span>
          <mark className="bg-amber-200 text-slate-950 dark:bg-amber-700 dark:text-white">{quote.exact}</mark>
          <span className="text-slate-600 dark:text-slate-400">{quote.suffix}…</span>
        </blockquote>
      ) : (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          None yet: choose a sentence or select words in the source’s text.
        </p>
      )}
      {error && (
        <p id="claim-quote-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </figure>
  );
}
