'use client';
// The messages above an edit form: a draft left from an earlier visit, a save that failed, a
// notice after reapplying changes.
import { FormError, secondaryButtonClass } from './field';

export function FormBanners({
  draft,
  onRestore,
  onDiscard,
  message,
  notice,
}: {
  draft: boolean;
  onRestore: () => void;
  onDiscard: () => void;
  message: string | null;
  notice: string | null;
}) {
  return (
    <>
      {draft && (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded border border-sky-700 bg-sky-50 px-3 py-2 text-sm dark:border-sky-400 dark:bg-sky-950"
        >
          <span>You have unsaved changes from an earlier visit.</span>
          <button type="button" className={secondaryButtonClass} onClick={onRestore}>
            Restore them
          </button>
          <button type="button" className={secondaryButtonClass} onClick={onDiscard}>
            Discard them
          </button>
        </div>
      )}
      <FormError message={message} />
      {notice && (
        <p
          role="status"
          className="rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-sm dark:border-emerald-400 dark:bg-emerald-950"
        >
          {notice}
        </p>
      )}
    </>
  );
}
