// Turns what a reader typed into a safe FTS5 MATCH expression. User input is never passed as
// FTS syntax: every word is quoted, so quotes, hyphens, NEAR, AND, column filters and stray
// operators are only ever searched for as text.

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 16;
const MAX_TERM_LENGTH = 64;

function quote(words: string[]): string {
  return `"${words.join(' ')}"`;
}

/**
 * Text inside double quotes, and words joined by hyphens or apostrophes, become phrases; other
 * words are required in any order. The last bare word also matches as a prefix, so results
 * appear while a word is still being typed. Returns null when nothing searchable remains.
 */
export function buildFtsQuery(input: string): string | null {
  const terms: { words: string[]; phrase: boolean }[] = [];
  const parts = input.normalize('NFKC').split('"');
  parts.forEach((part, index) => {
    const insideQuotes = index % 2 === 1 && index < parts.length - 1;
    if (insideQuotes) {
      const words = part.match(WORD) ?? [];
      if (words.length > 0) terms.push({ words, phrase: true });
      return;
    }
    for (const chunk of part.split(/\s+/)) {
      const words = chunk.match(WORD) ?? [];
      if (words.length > 0) terms.push({ words, phrase: words.length > 1 });
    }
  });
  const kept = terms.slice(0, MAX_TERMS).map((term) => ({
    ...term,
    words: term.words.map((word) => word.slice(0, MAX_TERM_LENGTH).toLowerCase()),
  }));
  if (kept.length === 0) return null;
  return kept
    .map((term, index) => {
      const isLast = index === kept.length - 1;
      return !term.phrase && isLast ? `${quote(term.words)}*` : quote(term.words);
    })
    .join(' ');
}
