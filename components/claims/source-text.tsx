'use client';
// A source's text to quote from: each sentence is a button (click it, or Tab to it and press
// Enter), and words selected with the mouse or keyboard can be quoted instead. Words already
// quoted by a claim are marked. The text is rendered character for character, so that a
// selection's place in the page is its place in the source's text.
import { useMemo, useRef, useState } from 'react';
import { sentencesOf, textPieces, trimSpan, type Span, type TextPiece } from '@/lib/text-quotes';
import { secondaryButtonClass } from '@/components/forms/field';

export type TextMark = Span & { label: string };

/** Where the current selection lies in the container's text, or null if nothing there is selected. */
function selectedSpan(container: HTMLElement): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

type PieceRun = { sentence: number | null; pieces: TextPiece[] };

/** The pieces in runs of one sentence each (or of the text between sentences), in order. */
function groupBySentence(pieces: readonly TextPiece[]): PieceRun[] {
  const runs: PieceRun[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last && last.sentence === piece.sentence) last.pieces.push(piece);
    else runs.push({ sentence: piece.sentence, pieces: [piece] });
  }
  return runs;
}

/** One run of the text: a sentence is a button that quotes it; marked words carry their labels. */
function PieceGroup({
  text,
  group,
  marks,
  sentence,
  chosen,
  onQuote,
}: {
  text: string;
  group: PieceRun;
  marks: readonly TextMark[];
  sentence: Span | null;
  chosen: Span | null;
  onQuote: (span: Span) => void;
}) {
  const content = group.pieces.map((piece) => {
    const words = text.slice(piece.start, piece.end);
    return piece.marks.length ? (
      <mark
        key={piece.start}
        title={piece.marks.map((i) => marks[i].label).join('; ')}
        className="rounded-sm bg-amber-200 text-slate-950 dark:bg-amber-700 dark:text-white"
      >
        {words}
      </mark>
    ) : (
      words
    );
  });
  if (sentence === null) return <span>{content}</span>;
  const isChosen = chosen !== null && chosen.start === sentence.start && chosen.end === sentence.end;
  return (
    <span
      role="button"
      tabIndex={0}
      aria-pressed={isChosen}
      data-sentence={group.sentence!}
      className={
        'cursor-pointer rounded-sm hover:bg-sky-100 focus:outline-none focus-visible:ring-2 ' +
        'focus-visible:ring-sky-600 aria-pressed:bg-sky-200 dark:hover:bg-sky-900 dark:aria-pressed:bg-sky-800'
      }
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onQuote(sentence);
      }}
    >
      {content}
    </span>
  );
}

const QUOTE_HELP =
  'Choose a sentence to quote it in a new claim, or select some words and press “Quote the selected words”. Marked words are quoted by a claim already.';

export function SourceText({
  text,
  marks,
  chosen,
  onQuote,
  help = QUOTE_HELP,
}: {
  text: string;
  marks: readonly TextMark[];
  chosen: Span | null;
  onQuote: (span: Span) => void;
  /** What choosing words here does, on the page that shows the text. */
  help?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [hint, setHint] = useState<string | null>(null);
  const sentences = useMemo(() => sentencesOf(text), [text]);
  const pieces = useMemo(() => textPieces(text, sentences, marks), [text, sentences, marks]);
  const groups = useMemo(() => groupBySentence(pieces), [pieces]);

  function quote(span: Span) {
    const trimmed = trimSpan(text, span);
    if (trimmed.end > trimmed.start) onQuote(trimmed);
  }

  function quoteSelection(): boolean {
    const span = container.current && selectedSpan(container.current);
    if (span) quote(span);
    return span !== null;
  }

  return (
    <div>
      <p id="source-text-help" className="text-sm text-slate-700 dark:text-slate-300">
        {help}
      </p>
      <div
        ref={container}
        aria-label="The source’s text"
        aria-describedby="source-text-help"
        role="group"
        className="mt-2 rounded border border-slate-300 p-3 leading-7 break-words whitespace-pre-wrap dark:border-slate-700"
        onClick={(event) => {
          // A drag that selected words wins over the sentence it ended in.
          if (quoteSelection()) return;
          const sentence = (event.target as Element).closest('[data-sentence]');
          if (sentence) quote(sentences[Number(sentence.getAttribute('data-sentence'))]);
        }}
      >
        {groups.map((group) => (
          <PieceGroup
            key={group.pieces[0].start}
            text={text}
            group={group}
            marks={marks}
            sentence={group.sentence === null ? null : sentences[group.sentence]}
            chosen={chosen}
            onQuote={quote}
          />
        ))}
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          // Pressing the button must not clear the selection it is about to quote.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setHint(quoteSelection() ? null : 'Select some words in the text first.')}
        >
          Quote the selected words
        </button>
        {hint && (
          <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}
