import Link from 'next/link';

export default function Forbidden() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">Not allowed</h1>
      <p className="mt-2">
        Your account does not have the role this needs.{' '}
        <Link href="/" className="underline">
          Back to the timeline
        </Link>
        .
      </p>
    </>
  );
}
