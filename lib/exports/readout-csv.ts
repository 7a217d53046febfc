// The readout comparison as CSV: one row per party on each point (one per claim where a party
// makes several), a row saying so where a party with a readout left the point out, and the
// claims no point groups at the end. Same byte order mark, line ends and formula guard as the
// events' CSV.
import type { EventReadoutsDTO } from '@/db/queries/readouts';
import { CLAIM_KIND_LABELS } from '@/lib/labels';
import { compareReadouts, omittedLabel, UNMATCHED_LABEL, type ComparisonCell } from '@/lib/readout-comparison';
import { csvLines } from './event-csv';

export const READOUT_CSV_COLUMNS = [
  'event',
  'point',
  'point_slug',
  'alignment',
  'alignment_label',
  'party',
  'party_slug',
  'status',
  'kind',
  'speaker',
  'claim',
  'quote',
  'source_title',
  'source_url',
  'claim_slug',
] as const;
type Column = (typeof READOUT_CSV_COLUMNS)[number];

type RowHead = Pick<Record<Column, string>, 'event' | 'point' | 'point_slug' | 'alignment' | 'alignment_label'>;

function cellRecords(head: RowHead, cell: ComparisonCell): Record<Column, string>[] {
  const party = { party: cell.party.name, party_slug: cell.party.slug };
  const empty = { kind: '', speaker: '', claim: '', quote: '', source_title: '', source_url: '', claim_slug: '' };
  if (cell.omitted) return [{ ...head, ...party, ...empty, status: 'omitted', claim: omittedLabel(cell.party) }];
  return cell.claims.map((claim) => ({
    ...head,
    ...party,
    status: 'claim',
    kind: CLAIM_KIND_LABELS[claim.kind],
    speaker: claim.person?.name ?? '',
    claim: claim.text,
    quote: claim.quote.exact,
    source_title: claim.source.title,
    source_url: claim.source.url ?? '',
    claim_slug: claim.slug,
  }));
}

export async function readoutCsv(readouts: EventReadoutsDTO): Promise<string> {
  const comparison = compareReadouts(readouts);
  const event = readouts.event.slug;
  const records = [
    ...comparison.rows.flatMap((row) =>
      row.cells.flatMap((cell) =>
        cellRecords(
          { event, point: row.label, point_slug: row.slug, alignment: row.alignment, alignment_label: row.labels[0] },
          cell,
        ),
      ),
    ),
    ...(comparison.unmatched ?? []).flatMap((cell) =>
      cellRecords({ event, point: UNMATCHED_LABEL, point_slug: '', alignment: '', alignment_label: '' }, cell),
    ),
  ];
  return `\uFEFF${await csvLines([[...READOUT_CSV_COLUMNS], ...records.map((record) => READOUT_CSV_COLUMNS.map((column) => record[column]))])}`;
}
