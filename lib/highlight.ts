// Search results carry matched words between private-use marks (see db/search-marks.ts). This
// splits such text into plain and matched pieces for the UI to render as text and <mark>, so a
// highlight is never parsed as HTML.
import { MATCH_END, MATCH_START } from '@/db/search-marks';

export type HighlightPiece = { text: string; match: boolean };

export function splitHighlights(text: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let match = false;
  let current = '';
  const flush = () => {
    if (current) pieces.push({ text: current, match });
    current = '';
  };
  for (const char of text) {
    if (char === MATCH_START || char === MATCH_END) {
      flush();
      match = char === MATCH_START;
    } else current += char;
  }
  flush();
  return pieces;
}
