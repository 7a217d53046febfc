// Code in the API reference may wrap only where a reader would split it (lib/code-breaks): a <wbr>
// marks each place, so a 360 px screen never scrolls sideways and never breaks a word in two.
import { Fragment } from 'react';
import { codeBreaks } from '@/lib/code-breaks';

export function Breakable({ text }: { text: string }) {
  return codeBreaks(text).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
