'use client';
import { citationBibtex, citationText, type CitableEvent } from '@/lib/citation';
import { CopyButton } from './copy-button';
import { useOrigin } from './use-origin';

/** The event as a reference to paste into a text, and as BibTeX, each with a copy button. */
export function CiteEvent({ event }: { event: CitableEvent }) {
  const url = `${useOrigin()}/events/${event.slug}`;
  const text = citationText(event, url);
  const bibtex = citationBibtex(event, url);
  return (
    <div className="space-y-3 text-sm">
      <figure>
        <figcaption className="font-medium">Citation</figcaption>
        <p className="mt-1 rounded-md bg-slate-50 p-2 break-words dark:bg-slate-900">{text}</p>
        <p className="mt-1">
          <CopyButton text={text} label="Copy the citation" what="the citation" />
        </p>
      </figure>
      <figure>
        <figcaption className="font-medium">BibTeX</figcaption>
        <pre tabIndex={0} className="mt-1 overflow-x-auto rounded-md bg-slate-50 p-2 text-xs dark:bg-slate-900">
          {bibtex}
        </pre>
        <p className="mt-1">
          <CopyButton text={bibtex} label="Copy the BibTeX entry" what="the entry" />
        </p>
      </figure>
    </div>
  );
}
