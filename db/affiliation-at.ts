// Which title a person held on a given day. Spans are inclusive calendar dates with open ends;
// where spans overlap, the most recently begun one wins, and one in the party the person acted
// for at the event beats any other.

export type DatedAffiliation = {
  partySlug: string;
  title: string;
  validFrom: string | null;
  validTo: string | null;
};

export function isHeldOn(affiliation: Pick<DatedAffiliation, 'validFrom' | 'validTo'>, day: string): boolean {
  return (
    (affiliation.validFrom === null || affiliation.validFrom <= day) &&
    (affiliation.validTo === null || day <= affiliation.validTo)
  );
}

export function affiliationOn<T extends DatedAffiliation>(
  affiliations: readonly T[],
  day: string,
  preferParty?: string | null,
): T | null {
  let best: T | null = null;
  const rank = (a: T) => [a.partySlug === preferParty ? 1 : 0, a.validFrom ?? ''] as const;
  for (const candidate of affiliations) {
    if (!isHeldOn(candidate, day)) continue;
    if (best === null) {
      best = candidate;
      continue;
    }
    const [cp, cf] = rank(candidate);
    const [bp, bf] = rank(best);
    if (cp > bp || (cp === bp && cf > bf)) best = candidate;
  }
  return best;
}
