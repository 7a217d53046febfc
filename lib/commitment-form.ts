// What the commitment forms offer and start from, put together from a session's parties,
// sources and claims: a session's own come first, so the usual choice needs no search.
import 'server-only';
import type { ClaimDTO } from '@/db/queries/claims';
import type { EventDetailDTO } from '@/db/queries/events';
import type { PickOption } from '@/db/queries/pick-lists';

type Option = { slug: string; label: string };

/** `first` then the rest of `all`, each slug once. */
export function sessionFirst(first: Option[], all: PickOption[]): Option[] {
  const seen = new Set(first.map((option) => option.slug));
  return [...first, ...all.filter((option) => !seen.has(option.slug)).map(({ slug, label }) => ({ slug, label }))];
}

export function sessionParties(event: EventDetailDTO): Option[] {
  return [...new Map(event.parties.map((party) => [party.slug, { slug: party.slug, label: party.name }])).values()];
}

export function sessionSources(event: EventDetailDTO): Option[] {
  return [
    ...new Map(
      event.citations.map((citation) => [
        citation.source.slug,
        { slug: citation.source.slug, label: citation.source.title },
      ]),
    ).values(),
  ];
}

export function claimOptions(claims: ClaimDTO[]): Option[] {
  return claims.map((claim) => ({
    slug: claim.slug,
    label: `${claim.party.name} (${claim.kind}): “${claim.text}”`,
  }));
}
