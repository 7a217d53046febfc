// Download and subscribe links for the events a filter selects. Props only, no hooks and no
// server imports, so a server page and the timeline's client filter bar can both render it
// with the query string they hold; paging parameters are dropped, an export is the whole set.

const DOWNLOADS = [
  { href: '/api/exports/events.csv', label: 'CSV', hint: 'spreadsheet, one row per event' },
  { href: '/api/exports/events.json', label: 'JSON', hint: 'the API’s shape, re-importable' },
  { href: '/api/exports/events.ics', label: 'iCalendar', hint: 'add to a calendar once' },
] as const;

const SUBSCRIPTIONS = [
  { href: '/feeds/events.ics', label: 'Calendar feed', hint: 'stays up to date' },
  { href: '/feeds/events.atom', label: 'Atom feed', hint: 'new and changed events' },
] as const;

/** The filter part of a query string: what an export URL carries. */
export function exportQuery(query: string | URLSearchParams): string {
  const params = new URLSearchParams(query);
  params.delete('limit');
  params.delete('cursor');
  const text = params.toString();
  return text ? `?${text}` : '';
}

const linkClass =
  'inline-flex items-baseline gap-1 rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800';

export function ExportLinks({ query }: { query: string | URLSearchParams }) {
  const search = exportQuery(query);
  const scope = search ? 'these events' : 'all events';
  return (
    <section aria-labelledby="export-links-heading" className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <h2 id="export-links-heading" className="sr-only">
        Export and subscribe
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-slate-600 dark:text-slate-400">Download {scope}:</span>
        <ul className="flex flex-wrap gap-2">
          {DOWNLOADS.map((item) => (
            <li key={item.href}>
              <a href={`${item.href}${search}`} download className={linkClass} title={item.hint}>
                {item.label}
                <span className="sr-only"> ({item.hint})</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-slate-600 dark:text-slate-400">Subscribe:</span>
        <ul className="flex flex-wrap gap-2">
          {SUBSCRIPTIONS.map((item) => (
            <li key={item.href}>
              <a href={`${item.href}${search}`} className={linkClass} title={item.hint}>
                {item.label}
                <span className="sr-only"> ({item.hint})</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
