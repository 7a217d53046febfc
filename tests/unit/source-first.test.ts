import { describe, expect, it } from 'vitest';
import * as seed from '@/db/seed/riyadh-2025';
import { ARTICLE_TEXT } from '@/db/seed/riyadh-2025-article';
import { extract, reader } from '@/lib/extract/extract';
import { citeSpan, claimFromSpan, eventFromReview, initialReview, suggestedTitle } from '@/lib/source-first';
import { seedDirectory } from '../helpers/seed-directory';

const extraction = extract(reader(seedDirectory), {
  text: ARTICLE_TEXT,
  publishedAt: '2025-03-23T12:00:00.000Z',
  timeZone: 'UTC',
});
const lists = {
  parties: seed.parties.map((p) => ({ slug: p.slug!, label: p.name, hint: p.shortName ?? undefined })),
  locations: seed.locations.map((l) => ({ slug: l.slug!, label: l.name })),
  people: seedDirectory.people.map((p) => ({ slug: p.slug, label: p.name, titles: p.affiliations })),
};

describe('the draft event proposed from the seed article', () => {
  const review = initialReview(extraction, ARTICLE_TEXT, lists);

  it('starts at the first clock time and ends at the later one in its sentence', () => {
    expect(extraction.dates[review.start!].text).toBe('5:30 p.m. Kyiv, Ukraine, time');
    expect(extraction.dates[review.end!].text).toBe('five hours later');
  });

  it('proposes the most named place, parties in their roles, the delegation’s head, and the topics', () => {
    expect(review.location).toBe('riyadh');
    expect(review.parties.map((p) => [p.slug, p.role])).toEqual([
      ['united-states', 'mediator'],
      ['russia', 'delegation'],
      ['ukraine', 'delegation'],
      ['saudi-arabia', 'host'],
      ['nato', 'delegation'],
    ]);
    expect(review.people.filter((p) => p.accepted)).toEqual([
      {
        slug: 'rustem-umerov',
        name: 'Rustem Umerov',
        accepted: true,
        role: 'head_of_delegation',
        onBehalfOf: 'ukraine',
      },
    ]);
    expect(review.topics.map((t) => t.slug)).toEqual(['ceasefire', 'energy-infrastructure', 'territorial-control']);
  });

  it('makes the event form’s values from what the analyst kept, with cited sentences attributed', () => {
    const kept = {
      ...review,
      parties: review.parties.map((p) => ({ ...p, accepted: !['russia', 'nato'].includes(p.slug) })),
    };
    const umerov = extraction.sentences.find((s) => s.text.startsWith('Rustem Umerov'))!;
    const cited = citeSpan(kept, extraction, ARTICLE_TEXT, {
      start: umerov.index,
      end: umerov.index + umerov.text.length,
    });
    const values = eventFromReview({ ...cited, title: 'Ukraine–U.S. talks in Riyadh' }, extraction, 'the-source');
    expect(values).toMatchObject({
      kind: 'talks_session',
      title: 'Ukraine–U.S. talks in Riyadh',
      startsAt: '2025-03-23T17:30',
      endsAt: '2025-03-23T22:30',
      timeZone: 'Europe/Kyiv',
      precision: 'minute',
      approximate: true,
      endApproximate: true,
      location: 'riyadh',
      parties: [
        { party: 'united-states', role: 'mediator' },
        { party: 'ukraine', role: 'delegation' },
        { party: 'saudi-arabia', role: 'host' },
      ],
      people: [{ person: 'rustem-umerov', role: 'head_of_delegation', onBehalfOf: 'ukraine' }],
      citations: [
        {
          source: 'the-source',
          excerpt: umerov.text,
          attribution: 'on_record_official',
          attributedTo: 'rustem-umerov',
          confidence: 'medium',
          note: '',
        },
      ],
    });
  });

  it('suggests a title from the kept delegations and the mediator', () => {
    expect(review.title).toBe('Russia–Ukraine–NATO–U.S. talks in Riyadh');
    const kept = {
      ...review,
      parties: review.parties.map((p) => ({ ...p, accepted: !['russia', 'nato'].includes(p.slug) })),
    };
    expect(suggestedTitle(kept, lists)).toBe('Ukraine–U.S. talks in Riyadh');
  });
});

describe('a claim quoted from the seed article', () => {
  it('carries its quote selector, the speaker “he” refers to, the speaker’s party that day and the attribution', () => {
    const exact = '“The discussion was productive and focused – we addressed key points including energy,”';
    const start = ARTICLE_TEXT.indexOf(exact);
    const claim = claimFromSpan(
      extraction,
      ARTICLE_TEXT,
      { start, end: start + exact.length },
      'the-source',
      lists.people,
      '2025-03-23',
    );
    expect(claim).toMatchObject({
      event: '',
      party: 'ukraine',
      person: 'rustem-umerov',
      source: 'the-source',
      kind: 'assertion',
      attribution: 'social_media_post',
    });
    expect(claim.quote).toEqual({
      exact,
      prefix: ARTICLE_TEXT.slice(start - 32, start),
      suffix: ARTICLE_TEXT.slice(start + exact.length, start + exact.length + 32),
    });
  });

  it('is the party’s when an anonymous official of it speaks', () => {
    const sentence = extraction.sentences.find((s) => s.text.startsWith('A Ukrainian official'))!;
    const claim = claimFromSpan(
      extraction,
      ARTICLE_TEXT,
      { start: sentence.index, end: sentence.index + sentence.text.length },
      'the-source',
      lists.people,
      '2025-03-23',
    );
    expect(claim).toMatchObject({ party: 'ukraine', person: '', attribution: 'anonymous_official' });
  });
});
