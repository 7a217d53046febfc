// The readout comparison as readers see it, whatever it is drawn on (the page's table, the CSV
// rows): one column per party, one row per point, the alignment said in words, and the claims no
// point groups gathered at the end. Pure, so that the page and the export cannot disagree.
import type { ClaimKind, PointAlignment } from '@/db/enums';
import type { ClaimDTO, ClaimSourceDTO, QuoteDTO } from '@/db/queries/claims';
import type { EventReadoutsDTO } from '@/db/queries/readouts';

type Named = { slug: string; name: string };

/** What a cell shows of a claim: its words, who spoke, what kind of claim, and where it is printed. */
export type ComparedClaim = {
  id: number;
  slug: string;
  kind: ClaimKind;
  text: string;
  quote: QuoteDTO;
  person: Named | null;
  source: ClaimSourceDTO;
};

export type ComparisonCell = { party: Named; claims: ComparedClaim[]; omitted: boolean };

export type ComparisonRow = {
  slug: string;
  label: string;
  alignment: PointAlignment;
  /** The alignment in readers' words, then one "Not mentioned by …" per party that left the point out. */
  labels: string[];
  cells: ComparisonCell[];
};

export type ReadoutComparison = {
  /** The parties in column order: those with a readout first, in the order the readouts appeared. */
  parties: Named[];
  rows: ComparisonRow[];
  /** Claims of a readout that no point groups, per party; null when every claim sits in a point. */
  unmatched: ComparisonCell[] | null;
};

export const UNMATCHED_LABEL = 'Said only in one account';

/** "Russia’s", "the United States’" stays "United States’": the possessive of a party's name. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}

function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The alignment as a reader understands it; a condition is named after the party that sets it (its claim is a demand). */
export function alignmentLabel(alignment: PointAlignment, demanders: Named[]): string {
  if (alignment === 'agreed') return 'Accounts agree';
  if (alignment === 'diverges') return 'Accounts differ';
  if (demanders.length === 0) return 'One account sets a condition';
  if (demanders.length === 1) return `Only ${possessive(demanders[0].name)} account sets a condition`;
  return `${listed(demanders.map((party) => possessive(party.name)))} accounts set conditions`;
}

export const omittedLabel = (party: Named) => `Not mentioned by ${party.name}`;

function compared(
  claim: Pick<ClaimDTO, 'id' | 'slug' | 'kind' | 'text' | 'quote' | 'person' | 'source'>,
): ComparedClaim {
  return {
    id: claim.id,
    slug: claim.slug,
    kind: claim.kind,
    text: claim.text,
    quote: claim.quote,
    person: claim.person,
    source: claim.source,
  };
}

function uniqueParties(parties: Named[]): Named[] {
  return [...new Map(parties.map((party) => [party.slug, party])).values()];
}

export function compareReadouts({
  readouts,
  points,
}: Pick<EventReadoutsDTO, 'readouts' | 'points'>): ReadoutComparison {
  // A point may quote a party that issued no readout (a claim from a report): it gets a column too.
  const parties = uniqueParties([
    ...readouts.map((readout) => readout.party),
    ...points.flatMap((point) => point.claims.map((claim) => claim.party)),
  ]);
  const nameOf = new Map(parties.map((party) => [party.slug, party]));
  const rows = points.map((point): ComparisonRow => {
    const demanders = uniqueParties(
      point.claims.filter((claim) => claim.kind === 'demand').map((claim) => claim.party),
    );
    const omitted = new Set(point.omittedBy);
    return {
      slug: point.slug,
      label: point.label,
      alignment: point.alignment,
      labels: [
        alignmentLabel(point.alignment, demanders),
        ...point.omittedBy.map((slug) => omittedLabel(nameOf.get(slug) ?? { slug, name: slug })),
      ],
      cells: parties.map((party) => ({
        party,
        claims: point.claims.filter((claim) => claim.party.slug === party.slug).map(compared),
        omitted: omitted.has(party.slug),
      })),
    };
  });
  const grouped = new Set(points.flatMap((point) => point.claims.map((claim) => claim.id)));
  const unmatched = parties.map((party) => ({
    party,
    claims: readouts
      .filter((readout) => readout.party.slug === party.slug)
      .flatMap((readout) => readout.claims.filter((claim) => !grouped.has(claim.id)).map(compared)),
    omitted: false,
  }));
  return { parties, rows, unmatched: unmatched.some((cell) => cell.claims.length) ? unmatched : null };
}
