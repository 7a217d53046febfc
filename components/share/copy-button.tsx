'use client';
// Copies a text to the clipboard, and says so; where the browser refuses the clipboard, it says
// to select and copy the text by hand.
import { useState } from 'react';
import { secondaryButtonClass } from '@/components/forms/field';

/**
 * `text`: what to copy, or a function that reads it at the moment of the click (the page's
 * address, which the filters change). `what`: the thing to select by hand when copying fails.
 */
export function CopyButton({
  text,
  label,
  what,
  idleText = 'Copy',
}: {
  text: string | (() => string);
  label: string;
  what: string;
  idleText?: string;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className={secondaryButtonClass}
        aria-label={label}
        onClick={async () => {
          try {
            // Absent on a page not served securely: the same answer as a refusal.
            await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {state === 'copied' ? 'Copied' : idleText}
      </button>
      <span role="status" className={state === 'failed' ? 'ml-2 text-sm' : 'sr-only'}>
        {state === 'failed'
          ? `This browser did not allow copying: select ${what} and copy it.`
          : state === 'copied'
            ? 'Copied'
            : ''}
      </span>
    </>
  );
}
