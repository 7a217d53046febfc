import Link from 'next/link';
import { ClaimList } from '@/components/claims/claim-list';
import type { PartyClaimsDTO } from '@/db/queries/subject-pages';

/** What each party said, one column per party, so that the sides' accounts read side by side. */
export function PartyClaims({ said, about }: { said: PartyClaimsDTO[]; about: string }) {
  if (said.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">No claims about {about} recorded yet.</p>;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {said.map(({ party, claims }) => (
        <div key={party.slug} className="min-w-0">
          <h3 className="mb-2 font-semibold">
            <Link href={`/parties/${party.slug}`} className="hover:underline">
              {party.name}
            </Link>
          </h3>
          <ClaimList
            claims={claims}
            label={`What ${party.name} said about ${about}, newest first`}
            empty=""
            show={{ topics: false }}
          />
        </div>
      ))}
    </div>
  );
}
