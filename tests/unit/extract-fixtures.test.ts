import { describe, expect, it } from 'vitest';
import { extract, reader } from '@/lib/extract/extract';
import { loadDirectory, loadFixtures, ratio, report, score } from '../fixtures/extract/score';

describe('source-first extraction on the fixture set', () => {
  const fixtures = loadFixtures();
  const read = reader(loadDirectory());
  const results = fixtures.map((fixture) => ({ fixture, extraction: extract(read, fixture) }));
  const s = score(results);

  it('has at least 30 texts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
  });

  it('puts at least 90 % of date expressions on the right local day and links at least 85 % of known participants', () => {
    console.log(report(s));
    console.log([...s.dates.misses, ...s.participants.misses].join('\n'));
    expect(ratio(s.dates.hits, s.dates.expected)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(s.participants.hits, s.participants.expected)).toBeGreaterThanOrEqual(0.85);
  });
});
