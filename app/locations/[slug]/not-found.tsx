import Link from 'next/link';

export default function LocationNotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">No such location</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        No location by that name is recorded, or the record was removed.
      </p>
      <p className="mt-4">
        <Link href="/participants#places" className="underline hover:no-underline">
          Browse all locations
        </Link>
      </p>
    </>
  );
}
