import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MATCH_END, MATCH_START } from '@/db/search-marks';
import { splitHighlights } from '@/lib/highlight';

const S = MATCH_START;
const E = MATCH_END;

describe('splitHighlights', () => {
  it('separates matched words from the text around them', () => {
    expect(splitHighlights(`Safety in the ${S}Black${E} ${S}Sea${E}`)).toEqual([
      { text: 'Safety in the ', match: false },
      { text: 'Black', match: true },
      { text: ' ', match: false },
      { text: 'Sea', match: true },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(splitHighlights(`<img src=x onerror=alert(1)> ${S}<b>${E}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
    ]);
  });

  it('loses no character but the marks, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(S, E))).map((parts) => parts.join('')),
        (text) => {
          const pieces = splitHighlights(text);
          expect(pieces.map((p) => p.text).join('')).toBe(text.replaceAll(S, '').replaceAll(E, ''));
          for (const piece of pieces) expect(piece.text).not.toBe('');
        },
      ),
    );
  });
});
