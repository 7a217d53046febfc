// Where sign-in sends a visitor back to. `next` comes from the address bar, so it is judged the
// way the browser will read it: the WHATWG parser drops tabs and newlines and reads "\" as "/",
// which turns "/\evil.example" and "/<TAB>/evil.example" into another site.
const OWN_ORIGIN = 'http://parley.invalid';

/** `next` as a path on this site, or "/" when a browser would leave the site for it. */
export function sameOriginPath(next: unknown): string {
  if (typeof next !== 'string') return '/';
  let url: URL;
  try {
    url = new URL(next, OWN_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== OWN_ORIGIN) return '/';
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A normalised path such as "//evil.example" (from "/a/..//evil.example") is itself another site.
  return new URL(path, OWN_ORIGIN).href === url.href ? path : '/';
}
