// The readout comparison as readers see it: alignment labels in words, the party that sets a
// condition named, omissions per party, the claims no point groups, and the CSV rows built from it.
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { ClaimDTO } from '@/db/queries/claims';
import type { EventReadoutsDTO, PointDTO } from '@/db/queries/readouts';
import { readoutCsv } from '@/lib/exports/readout-csv';
import { alignmentLabel, compareReadouts, possessive } from '@/lib/readout-comparison';

const russia = { slug: 'russia', name: 'Russia' };
const us = { slug: 'united-states', name: 'United States' };
const ukraine = { slug: 'ukraine', name: 'Ukraine' };
const source = (party: typeof russia) => ({
  slug: `${party.slug}-readout`,
  title: `${party.name} readout`,
  publisher: party.name,
  url: `https://example.org/${party.slug}`,
  publishedOn: '2025-03-25',
  reliability: 'usually_reliable' as const,
  kind: 'readout' as const,
  party,
});
const event = {
  slug: 'talks',
  title: 'Talks',
  startsAt: '2025-03-25T07:00:00.000Z',
  timeZone: 'Asia/Riyadh',
  precision: 'day' as const,
};

let nextId = 1;
function claim(party: typeof russia, exact: string, extra: Partial<ClaimDTO> = {}): ClaimDTO {
  const id = nextId++;
  return {
    id,
    slug: `claim-${id}`,
    event,
    party,
    person: null,
    source: source(party),
    kind: 'assertion',
    quote: { exact, prefix: '', suffix: '' },
    paraphrase: '',
    text: exact,
    topics: [],
    attribution: 'official_readout',
    confidence: 'high',
    version: 1,
    createdAt: '',
    updatedAt: '',
    ...extra,
  };
}
function point(
  label: string,
  alignment: PointDTO['alignment'],
  claims: ClaimDTO[],
  omittedBy: string[] = [],
): PointDTO {
  return {
    id: nextId++,
    slug: label.toLowerCase().replace(/\W+/g, '-'),
    label,
    note: '',
    topics: [],
    alignment,
    omittedBy,
    claims,
    version: 1,
  };
}

const ruSea = claim(russia, 'once sanctions are lifted', {
  kind: 'demand',
  person: { slug: 'dmitry-peskov', name: 'Dmitry Peskov' },
});
const usSea = claim(us, 'ensure safe navigation', { kind: 'commitment' });
const usEnergy = claim(us, '=SUM(A1) no strikes on energy');
const ruAside = claim(russia, 'prisoner exchange of 175 for 175');
const data: EventReadoutsDTO = {
  event,
  readouts: [
    { source: source(us), party: us, claims: [usSea, usEnergy] },
    { source: source(russia), party: russia, claims: [ruSea, ruAside] },
  ],
  points: [
    point('Black Sea navigation', 'conditional', [usSea, ruSea]),
    point('Energy strikes', 'agreed', [usEnergy], ['russia']),
  ],
};

describe('alignment labels', () => {
  test.each([
    ['agreed', [], 'Accounts agree'],
    ['diverges', [], 'Accounts differ'],
    ['conditional', [russia], 'Only Russia’s account sets a condition'],
    ['conditional', [us], 'Only United States’ account sets a condition'],
    ['conditional', [russia, ukraine], 'Russia’s and Ukraine’s accounts set conditions'],
    ['conditional', [], 'One account sets a condition'],
  ] as const)('%s with demands from %j reads “%s”', (alignment, demanders, label) => {
    expect(alignmentLabel(alignment, [...demanders])).toBe(label);
  });
  test('possessive', () =>
    expect([possessive('Russia'), possessive('United States')]).toEqual(['Russia’s', 'United States’']));
});

describe('compareReadouts', () => {
  const comparison = compareReadouts(data);
  test('a column per party with a readout, a row per point, omissions said in words', () => {
    expect(comparison.parties.map((p) => p.slug)).toEqual(['united-states', 'russia']);
    expect(comparison.rows.map((r) => [r.label, r.labels])).toEqual([
      ['Black Sea navigation', ['Only Russia’s account sets a condition']],
      ['Energy strikes', ['Accounts agree', 'Not mentioned by Russia']],
    ]);
    expect(comparison.rows[1].cells.map((c) => [c.party.slug, c.claims.map((x) => x.slug), c.omitted])).toEqual([
      ['united-states', [usEnergy.slug], false],
      ['russia', [], true],
    ]);
  });
  test('claims of a readout that no point groups are gathered per party', () => {
    expect(comparison.unmatched?.map((c) => [c.party.slug, c.claims.map((x) => x.slug)])).toEqual([
      ['united-states', []],
      ['russia', [ruAside.slug]],
    ]);
    expect(
      compareReadouts({
        ...data,
        readouts: data.readouts.map((r) => ({ ...r, claims: r.claims.filter((c) => c !== ruAside) })),
      }).unmatched,
    ).toBeNull();
  });
});

describe('readoutCsv', () => {
  test('one row per party on each point, omitted rows, the unmatched group, formulas guarded', async () => {
    const text = await readoutCsv(data);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.point, r.party_slug, r.status, r.alignment_label])).toEqual([
      ['Black Sea navigation', 'united-states', 'claim', 'Only Russia’s account sets a condition'],
      ['Black Sea navigation', 'russia', 'claim', 'Only Russia’s account sets a condition'],
      ['Energy strikes', 'united-states', 'claim', 'Accounts agree'],
      ['Energy strikes', 'russia', 'omitted', 'Accounts agree'],
      ['Said only in one account', 'russia', 'claim', ''],
    ]);
    expect(rows[1]).toMatchObject({
      kind: 'Demand (a condition)',
      speaker: 'Dmitry Peskov',
      quote: 'once sanctions are lifted',
      source_title: 'Russia readout',
      source_url: 'https://example.org/russia',
    });
    expect(rows[3].claim).toBe('Not mentioned by Russia');
    expect(rows[2].quote).toBe("'=SUM(A1) no strikes on energy");
  });
});
