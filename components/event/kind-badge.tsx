import type { EventKind } from '@/db/enums';
import { EVENT_KIND_LABELS } from '@/lib/labels';

// One simple line icon per kind (24×24, stroked), always next to the word: never colour alone.
const ICON_PATHS: Record<EventKind, string> = {
  talks_session: 'M4 5h11v8H8l-4 3V5zm7 10v2h6l3 3V9h-3',
  agreement: 'M5 12l4 4 10-10M4 20h16',
  proposal: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-3 11.2V16h6v-1.8A6 6 0 0 0 12 3z',
  statement: 'M4 10v4h3l6 4V6L7 10H4zm13-1a4 4 0 0 1 0 6',
  attack: 'M12 3l9 17H3L12 3zm0 6v5m0 3v.5',
  announcement: 'M5 19V5m0 1h11l-2 4 2 4H5',
};

const TONE: Record<EventKind, string> = {
  talks_session: 'text-sky-700 dark:text-sky-300',
  agreement: 'text-emerald-700 dark:text-emerald-300',
  proposal: 'text-violet-700 dark:text-violet-300',
  statement: 'text-slate-700 dark:text-slate-300',
  attack: 'text-rose-700 dark:text-rose-300',
  announcement: 'text-amber-800 dark:text-amber-300',
};

export function KindIcon({ kind, className = 'size-4' }: { kind: EventKind; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className={className}
    >
      <path d={ICON_PATHS[kind]} />
    </svg>
  );
}

export function KindBadge({ kind }: { kind: EventKind }) {
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-semibold uppercase tracking-wide ${TONE[kind]}`}>
      <KindIcon kind={kind} />
      {EVENT_KIND_LABELS[kind]}
    </span>
  );
}
