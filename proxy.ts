// Runs before any route. Two jobs:
// - The timeline's views are served from `/timeline/<view>`, one cacheable page per query (see
//   lib/timeline-view.ts).
// - A write whose declared body is over the endpoint's limit is turned away before its route
//   runs, with the same JSON error every API failure has.
import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse } from '@/lib/errors';
import { bodyLimit, declaresMoreThan, payloadTooLarge } from '@/lib/request-body';
import { timelineViewPath } from '@/lib/timeline-view';

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/') return NextResponse.rewrite(new URL(timelineViewPath(search), request.url));
  if (request.method === 'GET' || request.method === 'HEAD') return NextResponse.next();
  const limit = bodyLimit(pathname);
  if (declaresMoreThan(request, limit)) return errorResponse(payloadTooLarge(limit));
  return NextResponse.next();
}

export const config = { matcher: ['/', '/api/:path*'] };
