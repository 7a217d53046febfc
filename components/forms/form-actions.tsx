// The row of buttons under an edit form: save (showing that it is saving), then any others.
import { buttonClass } from './field';

export function FormActions({
  pending,
  label,
  children,
}: {
  pending: boolean;
  label: string;
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4 dark:border-slate-800">
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? 'Saving…' : label}
      </button>
      {children}
    </div>
  );
}
