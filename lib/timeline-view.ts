// The timeline's address is `/?party=…&topic=…`, but a page that Next.js can keep and serve
// again has its variable part in the path. proxy.ts turns the query into one path segment,
// `/timeline/<view>`, and the page turns it back; readers only ever see `/?…`. The segment is
// the query in base64url, whose characters no step of URL decoding changes, so that a query
// holding `%` (a search for "a&b" is `q=a%26b`) comes back exactly as it was sent.
const EMPTY_VIEW = '-';

/** The path a request for `/` with this query (`search`, with or without its "?") is served from. */
export function timelineViewPath(search: string): string {
  const query = search.replace(/^\?/, '');
  return `/timeline/${query ? Buffer.from(query, 'utf8').toString('base64url') : EMPTY_VIEW}`;
}

/** The query a view segment stands for. */
export function viewQuery(view: string): string {
  return view === EMPTY_VIEW ? '' : Buffer.from(view, 'base64url').toString('utf8');
}

/**
 * The reader's address (`/?…`) for an internal `/timeline/<view>` path and its own query: the
 * view's query, then any query typed after it.
 */
export function viewAddress(pathname: string, search: string): string {
  const query = [viewQuery(pathname.split('/')[2] ?? EMPTY_VIEW), search.replace(/^\?/, '')].filter(Boolean).join('&');
  return query ? `/?${query}` : '/';
}
