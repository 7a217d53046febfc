// Cross-site request forgery: a browser attaches the session cookie to a form posted from any
// site, so a write carried by a cookie must come from a page of this site. Browsers say where a
// request comes from in `Origin` (the string "null" from sandboxed frames, data: URLs and some
// redirects) and in `Sec-Fetch-Site`. A request with neither is not a browser's (a script that
// sends its own cookie) and cannot be forged by another site.
import { AppError } from '@/lib/errors';

/** The origin this site is served from: BETTER_AUTH_URL when set, else the host the request was sent to. */
export function siteOrigin(headers: Headers): string | null {
  if (process.env.BETTER_AUTH_URL) return new URL(process.env.BETTER_AUTH_URL).origin;
  const host = headers.get('host');
  return host ? `${headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http'}://${host}` : null;
}

export function crossSiteRefusal(): AppError {
  return new AppError(
    'forbidden',
    'This change was sent from another site and was refused. Make it from Parley’s own pages.',
  );
}

/** Throws a 403 unless the request comes from this site's own pages (or from no browser at all). */
export function refuseCrossSite(headers: Headers): void {
  const origin = headers.get('origin');
  const fetchSite = headers.get('sec-fetch-site');
  const foreignOrigin = origin !== null && origin !== siteOrigin(headers);
  const foreignSite = fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none';
  if (foreignOrigin || foreignSite) throw crossSiteRefusal();
}
