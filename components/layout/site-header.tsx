import Link from 'next/link';
import { headerLinkClass, ViewerMenu } from './viewer-menu';

const NAV = [
  { href: '/', label: 'Timeline' },
  { href: '/participants', label: 'Participants' },
  { href: '/positions', label: 'Positions' },
  { href: '/commitments', label: 'Commitments' },
  { href: '/changes', label: 'What changed' },
];

/** The same for every reader, so that pages can be cached; who is signed in is the browser's to show. */
export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 print:hidden dark:border-slate-800">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Parley
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-4 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={headerLinkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-4 text-sm">
          <ViewerMenu />
        </div>
      </div>
    </header>
  );
}
