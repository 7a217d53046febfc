import { describe, expect, it } from 'vitest';
import { locateQuote, quoteAt, sentencesOf, textPieces, trimSpan } from '@/lib/text-quotes';

const TEXT = 'The sides met in Riyadh. They agreed on a 30-day pause!\nTalks continue "next week." Done';

describe('sentencesOf', () => {
  it('splits at closing marks and line ends, spans without the spaces between', () => {
    const spans = sentencesOf(TEXT);
    expect(spans.map(({ start, end }) => TEXT.slice(start, end))).toEqual([
      'The sides met in Riyadh.',
      'They agreed on a 30-day pause!',
      'Talks continue "next week."',
      'Done',
    ]);
  });

  it('keeps abbreviations and initials inside their sentence', () => {
    const text =
      'U.S. officials met at 5:30 p.m. Kyiv time. Gen. Kellogg said so. Talks ended at 10 p.m. The next round follows.';
    expect(sentencesOf(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      'U.S. officials met at 5:30 p.m. Kyiv time.',
      'Gen. Kellogg said so.',
      'Talks ended at 10 p.m. The next round follows.',
    ]);
  });

  it('does not end a sentence before a word in lower case', () => {
    const text = 'It was agreed, the official said. the rest is a fragment.';
    expect(sentencesOf(text)).toHaveLength(1);
  });

  it('finds none in blank text', () => {
    expect(sentencesOf('  \n ')).toEqual([]);
  });
});

describe('quoteAt and locateQuote', () => {
  it('keeps up to 32 characters either side, fewer at the text’s ends', () => {
    const start = TEXT.indexOf('They');
    const quote = quoteAt(TEXT, { start, end: start + 'They agreed'.length });
    expect(quote).toEqual({
      exact: 'They agreed',
      prefix: 'The sides met in Riyadh. ',
      suffix: ' on a 30-day pause!\nTalks contin',
    });
    expect(quoteAt(TEXT, { start: 0, end: 3 }).prefix).toBe('');
  });

  it('finds the occurrence whose surroundings match', () => {
    const text = 'Yes, said A. Then B said: yes, and again yes.';
    const second = text.indexOf('yes');
    const quote = quoteAt(text, { start: second, end: second + 3 });
    expect(locateQuote(text, quote)).toEqual({ start: second, end: second + 3 });
    expect(locateQuote(text, { exact: 'gone', prefix: '', suffix: '' })).toBeNull();
  });

  it('trims a selection dragged past the words', () => {
    expect(trimSpan(' ab  ', { start: 0, end: 5 })).toEqual({ start: 1, end: 3 });
  });
});

describe('textPieces', () => {
  it('cuts at sentence and mark edges and keeps the whole text', () => {
    const text = 'One two. Three.';
    const pieces = textPieces(text, sentencesOf(text), [{ start: 4, end: 11 }]);
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.sentence, p.marks])).toEqual([
      ['One ', 0, []],
      ['two.', 0, [0]],
      [' ', null, [0]],
      ['Th', 1, [0]],
      ['ree.', 1, []],
    ]);
  });
});
