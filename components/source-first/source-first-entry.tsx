'use client';
// Source-first entry: paste or upload a source, read it on the server (POST /api/extract), review
// the draft event beside the text with what was recognised marked, then open the event form
// filled in through its own draft. Nothing is saved here; the review itself is kept in this
// browser so that a reload does not lose it.
import { useMemo, useState } from 'react';
import { useRouter } from 'next/navigation';
import type { PickLists } from '@/db/queries/pick-lists';
import type { TextMark } from '@/components/claims/source-text';
import { buttonClass } from '@/components/forms/field';
import { FormBanners } from '@/components/forms/form-banners';
import { useInlineCreate } from '@/components/forms/use-inline-create';
import type { Extraction } from '@/lib/extract/extract';
import { citeSpan, suggestedTitle, type Review } from '@/lib/source-first';
import type { Span } from '@/lib/text-quotes';
import { DraftEventPanel } from './draft-event-panel';
import { QuotedSource } from './quoted-source';
import { storeClaimDraft, storeEventDraft } from './handoffs';
import { SourceInputFields, type SourceInput } from './source-input';
import { useReviewDraft, type ReviewState } from './use-review-draft';
import { useSourceReading } from './use-source-reading';

function marksOf(extraction: Extraction): TextMark[] {
  const names = [...extraction.people, ...extraction.parties, ...extraction.locations, ...extraction.topics];
  return [
    ...extraction.dates.map((d) => ({
      start: d.index,
      end: d.index + d.text.length,
      label: `Date: ${d.start.replace('T', ' ')} ${d.timeZone}`,
    })),
    ...names.map((n) => ({ start: n.index, end: n.index + n.text.length, label: n.slug ? n.name : `New: ${n.name}` })),
  ];
}

export function SourceFirstEntry({ initial, lists: loadedLists }: { initial: SourceInput; lists: PickLists }) {
  const router = useRouter();
  const { lists, requestCreate, dialog } = useInlineCreate(loadedLists);
  const { state, update, banner } = useReviewDraft(initial);
  const { errors, setErrors, message, reading, read } = useSourceReading(state, update, lists);
  const [chosen, setChosen] = useState<Span | null>(null);
  const [claimWaiting, setClaimWaiting] = useState(false);
  const marks = useMemo(() => (state.read ? marksOf(state.read.extraction) : []), [state.read]);

  function openEventForm() {
    if (!state.read) return;
    storeEventDraft(state.read, state.input.source);
    router.push('/events/new');
  }

  // A claim needs its session saved first: it waits in the source's own claim form, quote and all.
  function makeClaim(read: NonNullable<ReviewState['read']>, span: Span) {
    storeClaimDraft(read, span, state.input, lists.people);
    setChosen(null);
    setClaimWaiting(true);
  }

  const current = state.read;
  // The suggested title follows the parties and place kept, until the analyst writes their own.
  const setReview = (review: Review) => {
    if (!current) return;
    const following =
      review.title === current.review.title && current.review.title === suggestedTitle(current.review, lists);
    update({
      ...state,
      read: { ...current, review: following ? { ...review, title: suggestedTitle(review, lists) } : review },
    });
  };

  return (
    <div className="mt-4 space-y-6">
      <FormBanners {...banner} message={message} notice={null} />
      <SourceInputFields
        input={state.input}
        onChange={(input) => update({ ...state, input })}
        errors={errors}
        sources={lists.sources}
        onFileError={(error) => setErrors(error ? { ...errors, file: error } : {})}
        onCreateSource={(title) =>
          requestCreate('source', title, (slug) => update({ ...state, input: { ...state.input, source: slug } }), {
            publisher: state.input.publisher,
            url: state.input.url,
            publishedOn: state.input.publishedAt.slice(0, 10),
            text: state.input.text,
          })
        }
      />
      <button type="button" className={buttonClass} disabled={reading} onClick={read}>
        {reading ? 'Reading…' : current ? 'Read the source again' : 'Read the source'}
      </button>

      {current && (
        <div className="grid gap-6 lg:grid-cols-2">
          <QuotedSource
            text={current.text}
            marks={marks}
            chosen={chosen}
            onChoose={setChosen}
            onCite={(span) => {
              setReview(citeSpan(current.review, current.extraction, current.text, span));
              setChosen(null);
            }}
            onMakeClaim={state.input.source ? (span) => makeClaim(current, span) : null}
            claimWaitsIn={claimWaiting ? state.input.source : null}
          />
          <DraftEventPanel
            review={current.review}
            extraction={current.extraction}
            locations={lists.locations}
            onChange={setReview}
            requestCreate={requestCreate}
            hasSource={Boolean(state.input.source)}
            onOpen={openEventForm}
          />
        </div>
      )}
      {dialog}
    </div>
  );
}
