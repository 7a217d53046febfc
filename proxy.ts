// Runs before the timeline's home page and its internal address, and before an event, person or
// party page asked for `?asOf=`: the timeline's views are served from `/timeline/<view>`, one
// cacheable page per query (see lib/timeline-view.ts), and a record page as of a moment from
// `<page>/as-of/<moment>`, so today's record pages stay static. It matches nothing else, so no
// API request waits for it and no body passes through its 10 MB buffer (body limits are in
// lib/request-body.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { timelineViewPath, viewAddress } from '@/lib/timeline-view';

/**
 * A page load the reader asked for (a typed or followed link), not the client router's fetch of
 * a view's data: the router asks for the rewritten `/timeline/<view>` itself, with an `RSC`
 * header, and redirecting that request to `/?…` sent it round in a loop.
 */
function isDocumentRequest(request: NextRequest): boolean {
  const mode = request.headers.get('sec-fetch-mode');
  return (
    !request.headers.has('rsc') &&
    !request.headers.has('next-router-prefetch') &&
    (mode === null || mode === 'navigate')
  );
}

const RECORD_PAGE = /^\/(events|people|parties)\/[^/]+$/;

export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  const asOf = searchParams.get('asOf');
  if (asOf !== null && RECORD_PAGE.test(pathname))
    return NextResponse.rewrite(new URL(`${pathname}/as-of/${encodeURIComponent(asOf)}`, request.url));
  if (pathname === '/') return NextResponse.rewrite(new URL(timelineViewPath(search), request.url));
  // `/timeline/…` is internal: a reader who types it lands on the address it stands for.
  return isDocumentRequest(request)
    ? NextResponse.redirect(new URL(viewAddress(pathname, search), request.url), 308)
    : NextResponse.next();
}

export const config = {
  matcher: [
    '/',
    '/timeline/:path*',
    // Read statically by Next.js: literal values only.
    { source: '/events/:slug', has: [{ type: 'query', key: 'asOf' }] },
    { source: '/people/:slug', has: [{ type: 'query', key: 'asOf' }] },
    { source: '/parties/:slug', has: [{ type: 'query', key: 'asOf' }] },
  ],
};
