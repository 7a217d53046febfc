import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFtsQuery } from '@/db/fts';

const fts = new Database(':memory:');
fts.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2')");
fts
  .prepare('INSERT INTO t (body) VALUES (?)')
  .run('Safety for shipping in the Black Sea; Kyiv’s mayor and the Kremlin');
const search = fts.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();

describe('buildFtsQuery', () => {
  it.each([
    ['Black Sea', '"black" "sea"*'],
    ['"Black Sea"', '"black sea"'],
    ['black-sea', '"black sea"'],
    ['Kyiv’s', '"kyiv s"'],
    ['NEAR(a, b)', '"near a" "b"*'],
    ['body:kremlin', '"body kremlin"'],
    ['   ', null],
    ['"" -- ; *', null],
    ['Méheut', '"méheut"*'],
  ])('turns %j into %j', (input, expected) => {
    expect(buildFtsQuery(input)).toBe(expected);
  });

  it('finds what a reader means', () => {
    expect(search.get(buildFtsQuery('black sea'))).toBe(1);
    expect(search.get(buildFtsQuery('"Black Sea"'))).toBe(1);
    expect(search.get(buildFtsQuery('ships'))).toBe(1); // stemmed
    expect(search.get(buildFtsQuery('Kreml'))).toBe(1); // prefix of the last word
    expect(search.get(buildFtsQuery('"Sea Black"'))).toBe(0);
  });

  it('never produces an expression FTS5 rejects, whatever is typed', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 100 }),
          fc.constantFrom('"', '*', 'NEAR(', 'a:b', '^', '(', 'AND OR NOT', '\u0000'),
        ),
        (input) => {
          const query = buildFtsQuery(input);
          if (query !== null) expect(() => search.get(query)).not.toThrow();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('quotes every term, so no typed operator, column or bracket reaches FTS5 as syntax', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (input) => {
        const query = buildFtsQuery(input);
        if (query !== null) expect(query).toMatch(/^"[^"]+"\*?( "[^"]+"\*?)*$/);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['title:secret OR summary:*', '"title secret" "or" "summary"*'],
    ['"unterminated phrase', '"unterminated" "phrase"*'],
    ["Robert'); DROP TABLE events;--", '"robert" "drop" "table" "events"*'],
    ['<script>alert(1)</script>', '"script alert 1 script"'],
    ['\u0000NEAR/3', '"near 3"'],
    ['a'.repeat(500), `"${'a'.repeat(64)}"*`],
  ])('defuses the hostile input %j', (input, expected) => {
    expect(buildFtsQuery(input)).toBe(expected);
    expect(() => search.get(buildFtsQuery(input))).not.toThrow();
  });

  it('keeps at most 16 terms, however many are typed', () => {
    expect(buildFtsQuery(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '))!.split(' ')).toHaveLength(16);
  });
});
