import type { ClaimDTO } from '@/db/queries/claims';
import { ClaimQuote, type ClaimQuoteParts } from './claim-quote';

/** Claims in the order given (newest first, where a party's or a person's words are listed). */
export function ClaimList({
  claims,
  label,
  empty,
  show,
}: {
  claims: ClaimDTO[];
  label: string;
  empty: string;
  show?: ClaimQuoteParts;
}) {
  if (claims.length === 0) return <p className="text-slate-700 dark:text-slate-300">{empty}</p>;
  return (
    <ol aria-label={label} className="space-y-4">
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimQuote claim={claim} show={show} />
        </li>
      ))}
    </ol>
  );
}
