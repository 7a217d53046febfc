import Link from 'next/link';
import type { PartyMemberDTO } from '@/db/queries/parties';
import { formatSpan } from '@/lib/time';

/** The people of a party with their titles: current ones first, then past ones. */
export function PartyMembers({ members }: { members: PartyMemberDTO[] }) {
  if (members.length === 0)
    return <p className="text-slate-700 dark:text-slate-300">No people recorded for this party.</p>;
  return (
    <ul className="grid gap-3 sm:grid-cols-2" aria-label="People and titles">
      {members.map((member) => (
        <li
          key={`${member.person.slug}-${member.title}-${member.validFrom}`}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <p className="font-semibold">
            <Link href={`/people/${member.person.slug}`} className="hover:underline">
              {member.person.name}
            </Link>
          </p>
          <p className="text-sm text-slate-800 dark:text-slate-200">{member.title}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            {member.current ? 'Current' : 'Past'} · {formatSpan(member.validFrom, member.validTo)}
          </p>
        </li>
      ))}
    </ul>
  );
}
