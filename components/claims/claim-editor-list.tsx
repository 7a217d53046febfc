// Claims as an analyst's list: who, the quoted words, about which session, each linked to its editor.
import Link from 'next/link';
import { linkClass } from '@/components/forms/field';

export type ClaimEditorListItem = { slug: string; label: string; hint: string };

export function ClaimEditorList({ claims, empty }: { claims: readonly ClaimEditorListItem[]; empty: string }) {
  if (claims.length === 0) return <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{empty}</p>;
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {claims.map((claim) => (
        <li key={claim.slug} className="break-words">
          <Link href={`/claims/${claim.slug}/edit`} className={linkClass}>
            {claim.label}
          </Link>
          <span className="ml-2 text-slate-600 dark:text-slate-400">{claim.hint}</span>
        </li>
      ))}
    </ul>
  );
}
