// Code in the API reference (paths, field names, media types, values) may wrap only where a
// reader would split it: after a slash, dot, underscore, hyphen or a query's punctuation, and
// between the words of a camelCase name. A <wbr> marks each place, so a 360 px screen wraps
// `/api/exports/events.csv` after a slash instead of inside a word, and never scrolls sideways.
import { Fragment } from 'react';

const BREAKS = /(?<=[/._\-?&=,])(?=.)|(?<=[a-z\d])(?=[A-Z])/;

export function Breakable({ text }: { text: string }) {
  return text.split(BREAKS).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
