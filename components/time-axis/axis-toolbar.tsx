// The axis's buttons: the same zoom the wheel and keys give, for readers who use neither, and the
// "Select dates" mode that makes a drag (or a finger) brush a range instead of panning.
type Props = {
  brushMode: boolean;
  onBrushMode: (on: boolean) => void;
  onZoom: (factor: number) => void;
  onReset: () => void;
  zoomed: boolean;
  hasRange: boolean;
  onClearRange: () => void;
};

const button = [
  'rounded-md border border-slate-300 px-2 py-1 text-xs font-medium hover:bg-slate-100 disabled:opacity-50',
  'dark:border-slate-700 dark:hover:bg-slate-800 aria-pressed:border-accent-700 aria-pressed:bg-accent-100',
  'dark:aria-pressed:border-accent-300 dark:aria-pressed:bg-slate-800',
].join(' ');

export function AxisToolbar({ brushMode, onBrushMode, onZoom, onReset, zoomed, hasRange, onClearRange }: Props) {
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => onZoom(2)}>
        Zoom in
      </button>
      <button type="button" className={button} onClick={() => onZoom(0.5)} disabled={!zoomed}>
        Zoom out
      </button>
      <button type="button" className={button} onClick={onReset} disabled={!zoomed}>
        Show everything
      </button>
      <button type="button" className={button} aria-pressed={brushMode} onClick={() => onBrushMode(!brushMode)}>
        Select dates
      </button>
      {hasRange && (
        <button
          type="button"
          onClick={onClearRange}
          className="text-xs text-accent-700 underline underline-offset-2 dark:text-accent-300"
        >
          Show all dates
        </button>
      )}
    </div>
  );
}
