// `npm run bench:extract`: how well and how fast source-first entry reads the fixture set
// (tests/fixtures/extract). Prints precision and recall, then the time to read texts of about
// 1,000 words (fixtures joined into one long text, as a long article or readout would be),
// as p50 and p95 milliseconds per 1,000 words. The aim is a p95 under 100 ms.
import { extract, reader } from '@/lib/extract/extract';
import { loadDirectory, loadFixtures, report, score } from '../tests/fixtures/extract/score';

const RUNS = 60;
const WARM_UP = 5;
const AIM_P95_MS = 100;

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Fixtures joined, starting at a different one each time, until the text has 1,000 words. */
function longTexts(fixtures: ReturnType<typeof loadFixtures>): string[] {
  return fixtures.map((_, first) => {
    const parts: string[] = [];
    for (let i = first; words(parts.join('\n\n')) < 1000; i = (i + 1) % fixtures.length) parts.push(fixtures[i].text);
    return parts.join('\n\n');
  });
}

function main() {
  const fixtures = loadFixtures();
  const read = reader(loadDirectory());
  console.log(
    `${fixtures.length} fixtures\n${report(score(fixtures.map((f) => ({ fixture: f, extraction: extract(read, f) }))))}`,
  );
  const texts = longTexts(fixtures);
  const perThousand: number[] = [];
  for (let run = 0; run < WARM_UP + RUNS; run += 1) {
    const text = texts[run % texts.length];
    const started = performance.now();
    extract(read, { text, publishedAt: '2025-06-01T12:00:00Z', timeZone: 'UTC' });
    if (run >= WARM_UP) perThousand.push(((performance.now() - started) * 1000) / words(text));
  }
  perThousand.sort((a, b) => a - b);
  const p95 = percentile(perThousand, 95);
  console.log(
    `ms per 1,000 words over ${RUNS} texts of about 1,000 words: ` +
      `p50 ${percentile(perThousand, 50).toFixed(1)}, p95 ${p95.toFixed(1)} (aim: p95 under ${AIM_P95_MS})`,
  );
  if (p95 >= AIM_P95_MS) process.exitCode = 1;
}

main();
