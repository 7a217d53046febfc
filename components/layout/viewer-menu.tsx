'use client';
// The header's right-hand side: "Sign in" for readers, an analyst's links and "Sign out" once
// the browser knows who is signed in (see components/auth/viewer).
import Link from 'next/link';
import { useTransition } from 'react';
import { signOut } from '@/lib/actions/sign-in';
import { useViewer } from '@/components/auth/viewer';

export const headerLinkClass =
  'text-slate-700 hover:text-slate-950 hover:underline dark:text-slate-300 dark:hover:text-white';

const signInLink = (
  <Link href="/sign-in" className={headerLinkClass}>
    Sign in
  </Link>
);

export function ViewerMenu() {
  const viewer = useViewer();
  const [signingOut, startSignOut] = useTransition();
  // Until the browser has asked, show nothing rather than a "Sign in" an analyst would see flicker; without scripts, readers still get the link.
  if (viewer === undefined) return <noscript>{signInLink}</noscript>;
  if (viewer === null) return signInLink;
  return (
    <>
      <Link
        href="/events/new"
        className="rounded bg-sky-800 px-2.5 py-1 font-medium text-white hover:bg-sky-900 dark:bg-sky-700 dark:hover:bg-sky-600"
      >
        New event
      </Link>
      <Link href="/records" className={headerLinkClass}>
        Records
      </Link>
      <Link href="/import" className={headerLinkClass}>
        Import
      </Link>
      <Link href="/account" className={headerLinkClass}>
        Account
      </Link>
      {viewer.role === 'admin' && (
        <Link href="/admin" className={headerLinkClass}>
          Admin
        </Link>
      )}
      <button
        type="button"
        className={headerLinkClass}
        title={`Signed in as ${viewer.name}`}
        disabled={signingOut}
        onClick={() =>
          startSignOut(async () => {
            await signOut();
            // A full load rather than a client navigation, so nothing of the analyst's session stays in the page's memory.
            // eslint-disable-next-line @next/next/no-location-assign-relative-destination
            window.location.assign('/');
          })
        }
      >
        Sign out
      </button>
    </>
  );
}
