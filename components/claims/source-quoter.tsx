'use client';
// Adding claims while reading a source: words chosen in its text open a claim form prefilled with
// the quote (and the source's issuing party), beside the text on a wide screen, below it on a
// narrow one. A claim typed but not saved is offered back after a reload.
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { SourceKind } from '@/db/enums';
import type { PickLists } from '@/db/queries/pick-lists';
import { claimDraftKey, subscribeToStorage } from '@/lib/drafts';
import { locateQuote, quoteAt, type Span, type TextQuote } from '@/lib/text-quotes';
import { ISSUED_SOURCE_KINDS } from '@/lib/validation/records';
import { ClaimForm, type ClaimValues } from './claim-form';
import { SourceText, type TextMark } from './source-text';

export type QuotedClaim = { slug: string; party: string; quote: TextQuote };

function blankClaim(source: { slug: string; kind: SourceKind; party: string | null }, quote: TextQuote): ClaimValues {
  const issued = (ISSUED_SOURCE_KINDS as readonly string[]).includes(source.kind);
  return {
    event: '',
    party: source.party ?? '',
    person: '',
    source: source.slug,
    kind: 'assertion',
    quote,
    paraphrase: '',
    topics: [],
    attribution: issued ? 'official_readout' : 'reporter',
    confidence: 'medium',
  };
}

export function SourceQuoter({
  source,
  text,
  claims,
  lists,
}: {
  source: { slug: string; kind: SourceKind; party: string | null };
  text: string;
  claims: readonly QuotedClaim[];
  lists: PickLists;
}) {
  const draftKey = claimDraftKey(source.slug);
  const [chosen, setChosen] = useState<Span | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const hasDraft = useSyncExternalStore(
    subscribeToStorage,
    () => window.localStorage.getItem(draftKey) !== null,
    () => false,
  );
  const marks = useMemo(
    () =>
      claims.flatMap((claim): TextMark[] => {
        const span = locateQuote(text, claim.quote);
        return span ? [{ ...span, label: `Claim by ${claim.party}` }] : [];
      }),
    [claims, text],
  );

  return (
    <div className="mt-3 grid gap-6 lg:grid-cols-2">
      <div className="min-w-0">
        <SourceText
          text={text}
          marks={marks}
          chosen={chosen}
          onQuote={(span) => {
            setSaved(null);
            setChosen(span);
          }}
        />
        {saved && (
          <p
            role="status"
            className="mt-2 rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm dark:border-emerald-400 dark:bg-emerald-950"
          >
            {saved}
          </p>
        )}
      </div>
      {(chosen || hasDraft) && (
        <div className="min-w-0">
          <ClaimForm
            key={chosen ? `${chosen.start}-${chosen.end}` : 'draft'}
            initial={blankClaim(source, chosen ? quoteAt(text, chosen) : { exact: '', prefix: '', suffix: '' })}
            target={null}
            draftKey={draftKey}
            lists={lists}
            focusOnOpen={chosen !== null}
            onSaved={(message) => {
              setChosen(null);
              setSaved(message);
            }}
          />
        </div>
      )}
    </div>
  );
}
