'use client';
import { CopyButton } from './copy-button';

/** Copies the address of the page as it is now: on the timeline, with the filters chosen since it loaded. */
export function CopyLink({ label = 'Copy link' }: { label?: string }) {
  return (
    <CopyButton
      text={() => window.location.href}
      label={label}
      what="the address in the address bar"
      idleText="Copy link"
    />
  );
}
