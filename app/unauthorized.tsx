import Link from 'next/link';

export default function Unauthorized() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Sign in to make changes</h1>
      <p className="mt-2">
        Reading Parley needs no account; adding and editing do.{' '}
        <Link href="/sign-in" className="underline">
          Sign in
        </Link>
        , then come back: a form keeps what you typed in this browser.
      </p>
    </>
  );
}
