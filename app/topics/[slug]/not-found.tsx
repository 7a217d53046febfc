import Link from 'next/link';

export default function TopicNotFound() {
  return (
    <>
      <h1 className="text-2xl font-semibold tracking-tight">No such topic</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        No topic by that name is recorded, or the record was removed.
      </p>
      <p className="mt-4">
        <Link href="/participants#topics" className="underline hover:no-underline">
          Browse all topics
        </Link>
      </p>
    </>
  );
}
