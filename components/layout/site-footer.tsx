import Link from 'next/link';

const link = 'underline underline-offset-2 hover:no-underline';

const LINKS = [
  { href: '/about', label: 'About' },
  { href: '/api-docs', label: 'API reference' },
  { href: '/feeds/events.atom', label: 'Atom feed' },
  { href: '/feeds/events.ics', label: 'Calendar feed' },
];

/** Where Parley comes from and how its data may be reused, on every page. */
export function SiteFooter() {
  return (
    <footer className="mx-auto max-w-7xl border-t border-slate-200 px-4 py-6 text-sm text-slate-700 print:hidden dark:border-slate-800 dark:text-slate-300">
      <nav aria-label="Site">
        <ul className="flex flex-wrap gap-x-5 gap-y-2">
          {LINKS.map((item) => (
            <li key={item.href}>
              {/* The feeds are files for feed readers and calendars, not pages: plain links, no client navigation. */}
              {item.href.startsWith('/feeds/') ? (
                <a href={item.href} className={link}>
                  {item.label}
                </a>
              ) : (
                <Link href={item.href} className={link}>
                  {item.label}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-3 max-w-prose text-xs text-slate-600 dark:text-slate-400">
        Parley’s records are open data under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" className={link}>
          CC BY 4.0
        </a>
        ; quoted excerpts remain their publishers’, cited to each source. Map data: Natural Earth, public domain.
      </p>
    </footer>
  );
}
