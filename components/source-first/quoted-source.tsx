'use client';
// The source's text with what was recognised marked: a chosen sentence or selection can be cited in
// the draft event or, when the source has a record, handed to its claim form.
import Link from 'next/link';
import { SourceText, type TextMark } from '@/components/claims/source-text';
import { linkClass, secondaryButtonClass } from '@/components/forms/field';
import type { Span } from '@/lib/text-quotes';

export function QuotedSource({
  text,
  marks,
  chosen,
  onChoose,
  onCite,
  onMakeClaim,
  claimWaitsIn,
}: {
  text: string;
  marks: TextMark[];
  chosen: Span | null;
  onChoose: (span: Span) => void;
  onCite: (span: Span) => void;
  /** Absent while the text has no source record: a claim needs one. */
  onMakeClaim: ((span: Span) => void) | null;
  /** The source whose claim form holds a claim made here, once one is. */
  claimWaitsIn: string | null;
}) {
  return (
    <div className="min-w-0">
      <SourceText
        text={text}
        marks={marks}
        chosen={chosen}
        onQuote={onChoose}
        help="Marked words were recognised. Choose a sentence, or select some words, to cite them in the event."
      />
      {chosen && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <span className="min-w-0">“{text.slice(chosen.start, chosen.end)}”</span>
          <button type="button" className={secondaryButtonClass} onClick={() => onCite(chosen)}>
            Cite this
          </button>
          {onMakeClaim && (
            <button type="button" className={secondaryButtonClass} onClick={() => onMakeClaim(chosen)}>
              Make it a claim
            </button>
          )}
        </div>
      )}
      {claimWaitsIn !== null && (
        <p role="status" className="mt-2 text-sm">
          The claim, with its quote, waits in{' '}
          <Link href={`/sources/${encodeURIComponent(claimWaitsIn)}/edit`} className={linkClass}>
            the source’s claim form
          </Link>
          : once the event is created, open it there to choose the session and save it.
        </p>
      )}
    </div>
  );
}
