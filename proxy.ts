// Runs before the timeline's home page only: its views are served from `/timeline/<view>`, one
// cacheable page per query (see lib/timeline-view.ts). It matches nothing else, so no API
// request waits for it and no body passes through its 10 MB buffer (body limits are in
// lib/request-body.ts).
import { NextResponse, type NextRequest } from 'next/server';
import { timelineViewPath } from '@/lib/timeline-view';

export function proxy(request: NextRequest) {
  const { search } = request.nextUrl;
  return NextResponse.rewrite(new URL(timelineViewPath(search), request.url));
}

export const config = { matcher: ['/'] };
