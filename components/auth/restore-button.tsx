'use client';
import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { restoreAny } from '@/lib/actions/records';
import { secondaryButtonClass } from '@/components/forms/field';
import type { WritableKind } from '@/lib/validation/writes';

export function RestoreButton({ kind, id, label }: { kind: WritableKind; id: number; label: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <button
      type="button"
      className={secondaryButtonClass}
      disabled={pending}
      aria-label={`Restore ${label}`}
      onClick={() =>
        startTransition(async () => {
          await restoreAny(kind, id);
          router.refresh();
        })
      }
    >
      {pending ? 'Restoring…' : 'Restore'}
    </button>
  );
}
