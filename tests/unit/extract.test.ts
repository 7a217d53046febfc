import { describe, expect, it } from 'vitest';
import { ARTICLE_TEXT } from '@/db/seed/riyadh-2025-article';
import { extract, reader } from '@/lib/extract/extract';
import { extractRequestSchema } from '@/lib/validation/extract';
import { seedDirectory } from '../helpers/seed-directory';

const read = reader(seedDirectory);
const article = extract(read, {
  text: ARTICLE_TEXT,
  publishedAt: '2025-03-23T20:00:00.000Z',
  timeZone: 'America/New_York',
});

describe('dates in the seed article', () => {
  it('reads "around 5:30 p.m. Kyiv, Ukraine, time" as 17:30 in Kyiv on the Sunday, approximate, and "some five hours later" as 22:30', () => {
    const start = article.dates.find((d) => d.text.startsWith('5:30 p.m.'))!;
    expect(start).toMatchObject({
      text: '5:30 p.m. Kyiv, Ukraine, time',
      start: '2025-03-23T17:30',
      precision: 'minute',
      timeZone: 'Europe/Kyiv',
      approximate: true,
    });
    expect(article.dates.find((d) => d.text === 'five hours later')).toMatchObject({
      start: '2025-03-23T22:30',
      timeZone: 'Europe/Kyiv',
      approximate: true,
    });
  });

  it('reads weekdays against the publication day in the publisher’s zone, at day precision', () => {
    expect(
      article.dates.filter((d) => /Sunday|Monday/.test(d.text)).map((d) => [d.text, d.start, d.precision]),
    ).toEqual([
      ['on Sunday', '2025-03-23', 'day'],
      ['on Monday', '2025-03-24', 'day'],
      ['Sunday', '2025-03-23', 'day'],
      ['Monday', '2025-03-24', 'day'],
    ]);
    expect(article.dates.find((d) => d.text === 'past week')?.precision).toBe('week');
  });

  it('counts "the day before" and "end of the month" from what the text said before', () => {
    const text =
      'RIYADH — The sides met on Tuesday. The day before, envoys arrived. A deal is due by the end of the month.';
    const dates = extract(read, { text, publishedAt: '2025-03-26T09:00:00Z', timeZone: 'UTC' }).dates;
    expect(dates.map((d) => [d.text, d.start, d.timeZone])).toEqual([
      ['on Tuesday', '2025-03-25', 'Asia/Riyadh'],
      ['The day before', '2025-03-24', 'Asia/Riyadh'],
      ['end of the month', '2025-03-31', 'Asia/Riyadh'],
    ]);
  });
});

describe('names in the seed article', () => {
  it('links people by full name and later by surname, and checks the title given against the one held that day', () => {
    const putin = article.people.filter((p) => p.slug === 'vladimir-putin');
    expect(putin.map((p) => p.text)).toEqual(['Vladimir Putin', 'Putin']);
    const umerov = article.people.find((p) => p.slug === 'rustem-umerov')!;
    expect(umerov.title).toEqual({
      text: 'Ukrainian defense minister',
      held: 'Defense Minister of Ukraine, Ukraine',
      matches: true,
    });
  });

  it('flags a title the person did not hold on that day', () => {
    const text = 'Rustem Umerov, the Ukrainian foreign minister, spoke first.';
    const [umerov] = extract(read, { text, publishedAt: '2025-03-23T12:00:00Z' }).people;
    expect(umerov.title).toMatchObject({ text: 'Ukrainian foreign minister', matches: false });
  });

  it('reads "Moscow" and "the Kremlin" as Russia, "Riyadh" after "in" as the place and "the Saudi capital" by its alias', () => {
    expect(article.parties.filter((p) => p.slug === 'russia').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Moscow', 'the Kremlin']),
    );
    expect(article.locations.filter((l) => l.slug === 'riyadh').map((l) => l.text)).toEqual([
      'Riyadh',
      'the Saudi capital',
    ]);
    expect(article.topics.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['ceasefire', 'energy-infrastructure', 'territorial-control']),
    );
  });

  it('proposes names Parley does not hold, with no slug', () => {
    const text = 'Kirill Dmitriev met Steve Witkoff in Istanbul. Dmitriev said the talks were useful.';
    const people = extract(read, { text, publishedAt: '2025-04-02T12:00:00Z' }).people;
    expect(people.map((p) => [p.text, p.slug, p.name])).toEqual([
      ['Kirill Dmitriev', null, 'Kirill Dmitriev'],
      ['Steve Witkoff', 'steve-witkoff', 'Steve Witkoff'],
      ['Dmitriev', null, 'Kirill Dmitriev'],
    ]);
  });
});

describe('sentences and their attribution', () => {
  const sentence = (start: string) => article.sentences.find((s) => s.text.startsWith(start))!;

  it('keeps "p.m." and "U.S." inside their sentences', () => {
    expect(sentence('Rustem Umerov').text.endsWith('ended some five hours later.')).toBe(true);
    expect(sentence('A Ukrainian official').text).toContain('U.S. officials Monday');
  });

  it('attributes to the named speaker, to the person "he" refers to, and to an anonymous official', () => {
    expect(sentence('Rustem Umerov').attribution).toMatchObject({
      kind: 'on_record_official',
      person: 'rustem-umerov',
    });
    expect(sentence('“The discussion').attribution).toMatchObject({
      kind: 'social_media_post',
      person: 'rustem-umerov',
    });
    expect(sentence('A Ukrainian official').attribution).toMatchObject({
      kind: 'anonymous_official',
      person: null,
      cue: 'speaking on condition of anonymity',
    });
    expect(sentence('Steve Witkoff').attribution).toMatchObject({ person: 'steve-witkoff' });
    expect(sentence('But the path').attribution).toBeUndefined();
  });

  it('gives each sentence’s offset in the text', () => {
    for (const s of article.sentences) expect(ARTICLE_TEXT.slice(s.index, s.index + s.text.length)).toBe(s.text);
  });
});

describe('the request schema', () => {
  it('takes a local date at its noon in the publisher’s zone and an instant as it is', () => {
    expect(
      extractRequestSchema.parse({ text: 'x', publishedAt: '2025-03-23', timeZone: 'Europe/Kyiv' }).publishedAt,
    ).toBe('2025-03-23T10:00:00.000Z');
    expect(extractRequestSchema.parse({ text: 'x', publishedAt: '2025-03-23T18:00:00+02:00' }).publishedAt).toBe(
      '2025-03-23T16:00:00.000Z',
    );
  });

  it('names the field at fault', () => {
    const result = extractRequestSchema.safeParse({ text: '   ', publishedAt: 'Sunday', timeZone: 'Mars/Olympus' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['publishedAt', 'text', 'timeZone']);
  });
});
