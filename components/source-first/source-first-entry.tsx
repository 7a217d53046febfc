'use client';
// Source-first entry: paste or upload a source, read it on the server (POST /api/extract), review
// the draft event beside the text with what was recognised marked, then open the event form
// filled in through its own draft. Nothing is saved here; the review itself is kept in this
// browser so that a reload does not lose it.
import { useMemo, useState, useSyncExternalStore } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import type { PickLists, PickOption } from '@/db/queries/pick-lists';
import { SourceText, type TextMark } from '@/components/claims/source-text';
import { buttonClass, linkClass, secondaryButtonClass } from '@/components/forms/field';
import { FormBanners } from '@/components/forms/form-banners';
import { useInlineCreate } from '@/components/forms/use-inline-create';
import { claimDraftKey, eventDraftKey, sourceReviewDraftKey, subscribeToStorage } from '@/lib/drafts';
import { fieldErrors, type FieldErrors } from '@/lib/errors';
import type { Extraction } from '@/lib/extract/extract';
import {
  citeSpan,
  claimFromSpan,
  eventFromReview,
  initialReview,
  suggestedTitle,
  type Review,
} from '@/lib/source-first';
import type { Span } from '@/lib/text-quotes';
import { extractRequestSchema } from '@/lib/validation/extract';
import { DraftReview } from './draft-review';
import { SourceInputFields, type SourceInput } from './source-input';

type State = { input: SourceInput; read: { text: string; extraction: Extraction; review: Review } | null };

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
  const draftKey = sourceReviewDraftKey(initial.source);
  const { lists, requestCreate, dialog } = useInlineCreate(loadedLists);
  const [state, setState] = useState<State>({ input: initial, read: null });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [chosen, setChosen] = useState<Span | null>(null);
  const [claimWaiting, setClaimWaiting] = useState(false);
  const [draftHandled, setDraftHandled] = useState(false);
  const stored = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(draftKey),
    () => null,
  );
  const zones = useMemo<PickOption[]>(
    () => ['UTC', ...Intl.supportedValuesOf('timeZone')].map((zone) => ({ slug: zone, label: zone })),
    [],
  );
  const marks = useMemo(() => (state.read ? marksOf(state.read.extraction) : []), [state.read]);

  function update(next: State) {
    setState(next);
    setDraftHandled(true);
    window.localStorage.setItem(draftKey, JSON.stringify(next));
  }

  async function read() {
    setMessage(null);
    const checked = extractRequestSchema.safeParse({
      text: state.input.text,
      publishedAt: state.input.publishedAt,
      timeZone: state.input.timeZone,
      url: state.input.url,
    });
    if (!checked.success) {
      setErrors(fieldErrors(checked.error));
      return;
    }
    setReading(true);
    try {
      const response = await fetch('/api/extract', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text: state.input.text,
          publishedAt: state.input.publishedAt,
          timeZone: state.input.timeZone,
          url: state.input.url,
        }),
      });
      const body = await response.json();
      if (!response.ok) {
        setErrors(body.fields ?? {});
        setMessage(body.error ?? 'The source could not be read.');
        return;
      }
      setErrors({});
      const extraction = body as Extraction;
      update({
        ...state,
        read: { text: state.input.text, extraction, review: initialReview(extraction, state.input.text, lists) },
      });
    } catch {
      setMessage('The server could not be reached. Your text is kept here; try again.');
    } finally {
      setReading(false);
    }
  }

  function openEventForm() {
    if (!state.read) return;
    const values = eventFromReview(state.read.review, state.read.extraction, state.input.source);
    window.localStorage.setItem(eventDraftKey(null), JSON.stringify({ version: null, values }));
    router.push('/events/new');
  }

  // A claim needs its session saved first: it waits in the source's own claim form, quote and all.
  function makeClaim(read: NonNullable<State['read']>, span: Span) {
    const day =
      read.review.start === null
        ? state.input.publishedAt.slice(0, 10)
        : read.extraction.dates[read.review.start].start.slice(0, 10);
    const values = claimFromSpan(read.extraction, read.text, span, state.input.source, lists.people, day);
    window.localStorage.setItem(claimDraftKey(state.input.source), JSON.stringify({ version: null, values }));
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
      <FormBanners
        draft={!draftHandled && stored !== null}
        onRestore={() => update(JSON.parse(stored!) as State)}
        onDiscard={() => {
          window.localStorage.removeItem(draftKey);
          setDraftHandled(true);
        }}
        message={message}
        notice={null}
      />
      <SourceInputFields
        input={state.input}
        onChange={(input) => update({ ...state, input })}
        errors={errors}
        sources={lists.sources}
        zones={zones}
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
          <div className="min-w-0">
            <SourceText
              text={current.text}
              marks={marks}
              chosen={chosen}
              onQuote={setChosen}
              help="Marked words were recognised. Choose a sentence, or select some words, to cite them in the event."
            />
            {chosen && (
              <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                <span className="min-w-0">“{current.text.slice(chosen.start, chosen.end)}”</span>
                <button
                  type="button"
                  className={secondaryButtonClass}
                  onClick={() => {
                    setReview(citeSpan(current.review, current.extraction, current.text, chosen));
                    setChosen(null);
                  }}
                >
                  Cite this
                </button>
                {state.input.source && (
                  <button type="button" className={secondaryButtonClass} onClick={() => makeClaim(current, chosen)}>
                    Make it a claim
                  </button>
                )}
              </div>
            )}
            {claimWaiting && (
              <p role="status" className="mt-2 text-sm">
                The claim, with its quote, waits in{' '}
                <Link href={`/sources/${encodeURIComponent(state.input.source)}/edit`} className={linkClass}>
                  the source’s claim form
                </Link>
                : once the event is created, open it there to choose the session and save it.
              </p>
            )}
          </div>
          <div className="min-w-0">
            <h2 className="mb-3 text-lg font-semibold">Draft event</h2>
            <DraftReview
              review={current.review}
              extraction={current.extraction}
              locations={lists.locations}
              onChange={setReview}
              onCreate={(kind, name, list) =>
                requestCreate(kind, name, (slug, option) => {
                  const choice = { slug, name: option.label, accepted: true };
                  const review = current.review;
                  if (list === 'parties')
                    setReview({ ...review, parties: [...review.parties, { ...choice, role: 'delegation' }] });
                  else if (list === 'people')
                    setReview({
                      ...review,
                      people: [...review.people, { ...choice, role: 'delegate', onBehalfOf: '' }],
                    });
                  else setReview({ ...review, location: slug });
                })
              }
            />
            <div className="mt-6 flex flex-wrap gap-2">
              <button
                type="button"
                className={buttonClass}
                onClick={openEventForm}
                disabled={!state.input.source && current.review.citations.length > 0}
              >
                Open event form
              </button>
            </div>
            {!state.input.source && current.review.citations.length > 0 && (
              <p className="mt-2 text-sm">Choose the source record above: citations point to it.</p>
            )}
          </div>
        </div>
      )}
      {dialog}
    </div>
  );
}
