'use client';
// Revoking a token stops every script that uses it at once and cannot be undone: it asks first.
import { secondaryButtonClass } from '@/components/forms/field';

export function RevokeTokenButton({ name, revoke }: { name: string; revoke: () => Promise<void> }) {
  return (
    <form
      action={revoke}
      onSubmit={(event) => {
        if (
          !window.confirm(
            `Revoke the token “${name}”? Scripts that use it stop working at once, and it cannot be restored.`,
          )
        )
          event.preventDefault();
      }}
    >
      <button type="submit" className={secondaryButtonClass} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
    </form>
  );
}
