'use client';
// Copies a text shown once (a new token) to the clipboard, and says so; where the browser refuses
// the clipboard, it says to select and copy the text by hand.
import { useState } from 'react';
import { secondaryButtonClass } from '@/components/forms/field';

export function CopyButton({ text, label }: { text: string; label: string }) {
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
            await navigator.clipboard.writeText(text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        {state === 'copied' ? 'Copied' : 'Copy'}
      </button>
      {state === 'failed' && <span className="ml-2">This browser did not allow copying: select the token and copy it.</span>}
    </>
  );
}
