import Link from 'next/link';
import { signOut } from '@/components/auth/actions';
import { currentViewer } from '@/lib/auth/session';

const NAV = [
  { href: '/', label: 'Timeline' },
  { href: '/participants', label: 'Participants' },
  { href: '/positions', label: 'Positions' },
];

const linkClass = 'text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white';

export async function SiteHeader() {
  const viewer = await currentViewer();
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Parley
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-4 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={linkClass}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-4 text-sm">
          {viewer ? (
            <>
              <Link href="/events/new" className="rounded bg-sky-800 px-2.5 py-1 font-medium text-white hover:bg-sky-900 dark:bg-sky-600 dark:hover:bg-sky-500">
                New event
              </Link>
              <Link href="/records" className={linkClass}>
                Records
              </Link>
              <Link href="/import" className={linkClass}>
                Import
              </Link>
              <Link href="/account" className={linkClass}>
                Account
              </Link>
              {viewer.role === 'admin' && (
                <Link href="/admin" className={linkClass}>
                  Admin
                </Link>
              )}
              <form action={signOut}>
                <button type="submit" className={linkClass} title={`Signed in as ${viewer.email}`}>
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in" className={linkClass}>
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
