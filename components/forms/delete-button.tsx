'use client';
// Deleting the record a form edits, once the analyst confirms: the delete names the version the
// form holds, so a stale form is refused like a stale save, and an admin can restore it.
import { useRouter } from 'next/navigation';
import type { WritableKind } from '@/lib/validation/writes';
import { deleteAny } from '@/lib/actions/records';
import { secondaryButtonClass } from './field';

export function DeleteButton({
  kind,
  what,
  target,
  afterDelete,
  onError,
  className = secondaryButtonClass,
}: {
  kind: WritableKind;
  what: string;
  target: { id: number; version: number };
  /** Where to go once the record is gone; without it the page stays and shows it gone. */
  afterDelete?: string;
  onError: (message: string) => void;
  className?: string;
}) {
  const router = useRouter();
  return (
    <button
      type="button"
      className={className}
      onClick={async () => {
        if (!window.confirm(`Delete this ${what}? An administrator can restore it.`)) return;
        const result = await deleteAny(kind, target);
        if (!result.ok) return onError(result.error);
        if (afterDelete) router.push(afterDelete);
        router.refresh();
      }}
    >
      Delete {what}
    </button>
  );
}
