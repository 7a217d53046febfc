// Turns away, before any route runs, a write whose declared body is over the endpoint's limit,
// with the same JSON error every API failure has.
import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse } from '@/lib/errors';
import { bodyLimit, declaresMoreThan, payloadTooLarge } from '@/lib/request-body';

export function proxy(request: NextRequest) {
  if (request.method === 'GET' || request.method === 'HEAD') return NextResponse.next();
  const limit = bodyLimit(request.nextUrl.pathname);
  if (declaresMoreThan(request, limit)) return errorResponse(payloadTooLarge(limit));
  return NextResponse.next();
}

export const config = { matcher: ['/api/:path*'] };
