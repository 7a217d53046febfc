// A dateline: the place a story was filed from, in capitals before a dash ("RIYADH, Saudi
// Arabia — …", "ISTANBUL (Reuters) - …"). Its place sets the zone the story's days are read in.
export type Dateline = { place: string; index: number; end: number };

// The place in capitals, then perhaps ", State" and "(Agency)", then a dash.
const DATELINE = /^(\s*)(\p{Lu}[\p{Lu} .'’-]{1,40}?)(?:,\s*[\p{L} .]{2,40}?)?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s/u;

/** "ST. PETERSBURG" → "St. Petersburg": the place as the directory writes it. */
function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s.'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

export function datelineOf(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match) return null;
  const index = match[1].length;
  return { place: titleCase(match[2].trim()), index, end: match[0].trimEnd().length };
}
