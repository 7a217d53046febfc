'use client';
// "Edit" for analysts on a read page; readers see nothing.
import Link from 'next/link';
import { useViewer } from './viewer';

export function EditLink({ href, label = 'Edit' }: { href: string; label?: string }) {
  if (!useViewer()) return null;
  return (
    <Link
      href={href}
      className="inline-flex items-center rounded border border-slate-400 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {label}
    </Link>
  );
}
