// Quoting a source's text as the W3C Web Annotation TextQuoteSelector does: the exact words with a
// little text either side, so that the same words can be found again in the source, and found in
// the right place where they occur more than once.

export type Span = { start: number; end: number };
export type TextQuote = { exact: string; prefix: string; suffix: string };

/** How much text either side of a quote is kept to find it again. */
export const QUOTE_CONTEXT = 32;

// A sentence ends at a closing mark (with any closing quotes or brackets) before a space, unless the
// mark ends an abbreviation ("U.S.", "p.m.", "Gen.", an initial) or the next word starts in lower
// case; a line break always ends one. Source-first entry and the claim quoter split the same way.
const CANDIDATE_END = /[.!?…]+["'”’»)\]]*(?=\s|$)/gu;
const DOTTED =
  /(?:^|[\s(“"'‘])((?:\p{L}\.)+\p{L}?|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Rep|Gov|Pres|Prof|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|vs|etc)\.$/u;

function endsSentence(text: string, markStart: number, after: number): boolean {
  if (text[markStart] !== '.') return true;
  if (DOTTED.test(text.slice(Math.max(0, markStart - 12), markStart + 1))) return false;
  const next = /\s*(\S)/u.exec(text.slice(after, after + 8));
  return !next || !/\p{Ll}/u.test(next[1]);
}

export function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/gu)) {
    let start = line.index;
    const lineEnd = line.index + line[0].length;
    for (const end of line[0].matchAll(CANDIDATE_END)) {
      const after = line.index + end.index + end[0].length;
      if (endsSentence(text, line.index + end.index, after)) {
        pushTrimmed(text, spans, start, after);
        start = after;
      }
    }
    pushTrimmed(text, spans, start, lineEnd);
  }
  return spans;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) spans.push(span);
}

/** The span without the spaces at its ends: a selection dragged past a word's edge. */
export function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

export function quoteAt(text: string, { start, end }: Span): TextQuote {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}

/** Where a quote stands in the text: the occurrence its prefix and suffix fit best, or null if the words are gone. */
export function locateQuote(text: string, quote: TextQuote): Span | null {
  if (!quote.exact) return null;
  let best: Span | null = null;
  let bestScore = -1;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const score = Number(text.slice(0, at).endsWith(quote.prefix)) + Number(text.slice(end).startsWith(quote.suffix));
    if (score > bestScore) [best, bestScore] = [{ start: at, end }, score];
    if (score === 2) break;
  }
  return best;
}

/** A run of text inside at most one sentence, with the marks (by index) that cover it. */
export type TextPiece = Span & { sentence: number | null; marks: number[] };

/** Cuts the text at every sentence and mark edge, so each piece is one sentence's and wholly marked or not. */
export function textPieces(text: string, sentences: readonly Span[], marks: readonly Span[]): TextPiece[] {
  const cuts = [
    ...new Set([
      0,
      text.length,
      ...sentences.flatMap((s) => [s.start, s.end]),
      ...marks.flatMap((m) => [m.start, m.end]),
    ]),
  ].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1];
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    const covering = marks.flatMap((m, index) => (m.start <= start && end <= m.end ? [index] : []));
    return { start, end, sentence: sentence === -1 ? null : sentence, marks: covering };
  });
}
