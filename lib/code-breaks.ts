// Where code (a path, a field name, a media type) may wrap on a narrow screen: after a slash, dot,
// underscore, hyphen or a query's punctuation, and between the words of a camelCase name, so
// `/api/exports/events.csv` wraps after a slash instead of inside a word.
const BREAKS = /(?<=[/._\-?&=,])(?=.)|(?<=[a-z\d])(?=[A-Z])/;

/** The pieces of a code string between its wrapping places. */
export function codeBreaks(text: string): string[] {
  return text.split(BREAKS);
}
