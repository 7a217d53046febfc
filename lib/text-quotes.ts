// Quoting a source's text as the W3C Web Annotation TextQuoteSelector does: the exact words with a
// little text either side, so that the same words can be found again in the source, and found in
// the right place where they occur more than once.

export type Span = { start: number; end: number };
export type TextQuote = { exact: string; prefix: string; suffix: string };

/** How much text either side of a quote is kept to find it again. */
export const QUOTE_CONTEXT = 32;

// A sentence runs from a non-space to its closing mark (with any closing quotes or brackets) before
// a space, or to the end of its line. Abbreviations split sentences; the analyst can select words instead.
const SENTENCE = /\S(?:[^\n]*?[.!?…]+["'”’»)\]]*(?=\s|$)|[^\n]*)/gu;

export function sentencesOf(text: string): Span[] {
  return [...text.matchAll(SENTENCE)].map((match) => ({ start: match.index, end: match.index + match[0].trimEnd().length }));
}

/** The span without the spaces at its ends: a selection dragged past a word's edge. */
export function trimSpan(text: string, { start, end }: Span): Span {
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

export function quoteAt(text: string, { start, end }: Span): TextQuote {
  return { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) };
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
  const cuts = [...new Set([0, text.length, ...sentences.flatMap((s) => [s.start, s.end]), ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  return cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1];
    const sentence = sentences.findIndex((s) => s.start <= start && end <= s.end);
    const covering = marks.flatMap((m, index) => (m.start <= start && end <= m.end ? [index] : []));
    return { start, end, sentence: sentence === -1 ? null : sentence, marks: covering };
  });
}
