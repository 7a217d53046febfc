import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitmentBySlug } from '@/db/queries/commitments';
import { getEvent, listEvents } from '@/db/queries/events';
import { outcomesOfEvent } from '@/db/queries/session-outcomes';
import { listParties, listPeople, listSources, listTopics } from '@/db/queries/directory';
import { claims as seedClaims, events as seedEvents } from '@/db/seed/riyadh-2025';
import { localDay, wallTimeToInstant } from '@/db/calendar';
import { ARTICLE_TEXT } from '@/db/seed/riyadh-2025-article';
import { useTemporaryDatabase } from '../helpers/db';

const ARTICLE_FILE = path.resolve(__dirname, '../../../shared/seeds/000_d82d9a6e63c43e68.txt');

beforeAll(async () => {
  await useTemporaryDatabase();
});

describe('the seeded Riyadh talks', () => {
  it('hold the Ukraine–U.S. session at 15:30 UTC on 23 March 2025 in Riyadh, in Kyiv time, about five hours long', async () => {
    const session = await getEvent({ key: 'ukraine-us-talks-riyadh-2025-03-23' });
    expect(session).not.toBeNull();
    expect(session!.startsAt).toBe('2025-03-23T15:30:00.000Z');
    expect(session!.endsAt).toBe('2025-03-23T20:30:00.000Z');
    expect(session!.timeZone).toBe('Europe/Kyiv');
    expect(session!.precision).toBe('minute');
    expect(session!.approximate).toBe(true);
    expect(session!.location?.name).toBe('Riyadh');
    expect(session!.location?.timeZone).toBe('Asia/Riyadh');
    expect(session!.status).toBe('held');
  });

  it('put the Russia–U.S. session on Monday 24 March 2025 in Riyadh', async () => {
    const session = await getEvent({ key: 'russia-us-talks-riyadh-2025-03-24' });
    expect(localDay(session!.startsAt, session!.timeZone)).toBe('2025-03-24');
    expect(session!.precision).toBe('day');
    expect(session!.parties).toEqual(
      expect.arrayContaining([
        { slug: 'russia', name: 'Russia', role: 'delegation' },
        { slug: 'united-states', name: 'United States', role: 'mediator' },
      ]),
    );
    expect(session!.related.map((r) => [r.type, r.direction, r.event.slug])).toEqual(
      expect.arrayContaining([
        ['part_of', 'outgoing', 'riyadh-talks-march-2025'],
        ['follows', 'outgoing', 'ukraine-us-talks-riyadh-2025-03-23'],
      ]),
    );
  });

  it('record the energy truce as agreed in principle in the week of 17 March, with its status history cited', async () => {
    const truce = await getEvent({ key: 'energy-strikes-partial-truce-march-2025' });
    expect(truce!.kind).toBe('agreement');
    expect(truce!.status).toBe('agreed_in_principle');
    expect(truce!.precision).toBe('week');
    expect(localDay(truce!.startsAt, truce!.timeZone)).toBe('2025-03-17');
    expect(truce!.statusHistory).toHaveLength(1);
    expect(truce!.statusHistory[0].status).toBe('agreed_in_principle');
    expect(truce!.statusHistory[0].citations[0].excerpt).toContain('agreed this past week');
    expect(truce!.related.some((r) => r.type === 'implements' && r.direction === 'incoming')).toBe(true);
  });

  it('make Umerov head of Ukraine’s delegation, titled defense minister at the time', async () => {
    const session = await getEvent({ key: 'ukraine-us-talks-riyadh-2025-03-23' });
    expect(session!.people).toContainEqual({
      slug: 'rustem-umerov',
      name: 'Rustem Umerov',
      role: 'head_of_delegation',
      title: 'Defense Minister of Ukraine',
      party: { slug: 'ukraine', name: 'Ukraine' },
    });
  });

  it('list the nine people, five parties and the topics of the article', async () => {
    const people = await listPeople();
    expect(people.map((p) => p.slug).sort()).toEqual(
      [
        'donald-trump',
        'keith-kellogg',
        'michael-anton',
        'michael-waltz',
        'rustem-umerov',
        'steve-witkoff',
        'teymur-tkachenko',
        'vitali-klitschko',
        'vladimir-putin',
      ].sort(),
    );
    expect((await listParties()).map((p) => p.slug).sort()).toEqual([
      'nato',
      'russia',
      'saudi-arabia',
      'ukraine',
      'united-states',
    ]);
    expect((await listTopics()).map((t) => t.slug)).toEqual(
      expect.arrayContaining([
        'energy-infrastructure',
        'black-sea-shipping',
        'ceasefire',
        'territorial-control',
        'nato-membership',
      ]),
    );
  });

  it('cite every event to the article with the attribution the article gives', async () => {
    const { items } = await listEvents({ limit: 200 });
    expect(items).toHaveLength(seedEvents.length);
    for (const event of items) {
      expect(event.citations.length, event.slug).toBeGreaterThan(0);
      for (const citation of event.citations)
        expect(citation.source.title).toBe('Russia, Ukraine hold U.S.-mediated talks');
    }
    const further = items.find((e) => e.slug === 'ukraine-us-possible-further-talks-2025-03-24')!;
    expect(further.citations[0].attribution).toBe('anonymous_official');
    const drones = items.find((e) => e.slug === 'kyiv-drone-attack-2025-03-23')!;
    expect(drones.citations[0]).toMatchObject({
      attribution: 'social_media_post',
      attributedTo: { slug: 'vitali-klitschko' },
    });
  });

  it('write each instant with the UTC offset its zone really had that day', () => {
    for (const event of seedEvents) {
      const local = event.startsAt.slice(0, 16);
      expect(wallTimeToInstant(local, event.timeZone), event.slug).toBe(new Date(event.startsAt).toISOString());
    }
  });

  it.runIf(fs.existsSync(ARTICLE_FILE))('quote only sentences that stand in the article', async () => {
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    const article = normalise(fs.readFileSync(ARTICLE_FILE, 'utf8'));
    const { items } = await listEvents({ limit: 200 });
    for (const citation of items.flatMap((e) => e.citations)) expect(article).toContain(normalise(citation.excerpt));
  });

  it('store the article’s text in its source, where every seeded claim’s quote is found again with its prefix and suffix', async () => {
    const [article] = (await listSources()).filter(
      (source) => source.slug === 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks',
    );
    expect(article.text.length).toBeGreaterThan(2000);
    for (const claim of seedClaims)
      expect(article.text, claim.quote.exact).toContain(
        `${claim.quote.prefix ?? ''}${claim.quote.exact}${claim.quote.suffix ?? ''}`,
      );
  });

  it.runIf(fs.existsSync(ARTICLE_FILE))('store the article’s paragraphs word for word', () => {
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    const article = normalise(fs.readFileSync(ARTICLE_FILE, 'utf8'));
    expect(article).toContain(normalise(ARTICLE_TEXT));
  });
});

describe('the seeded commitments', () => {
  it('hold the partial truce on energy strikes as agreed in principle, undecided on 23 March, each status with the article’s words', async () => {
    const truce = (await commitmentBySlug({ slug: 'energy-strikes-partial-truce' }))!;
    expect(truce).toMatchObject({
      status: 'agreed_in_principle',
      parties: [{ slug: 'russia' }, { slug: 'ukraine' }],
      event: { slug: 'energy-strikes-partial-truce-march-2025' },
      deadlineAt: null,
      disputed: [],
    });
    expect(truce.statusHistory.map((change) => [change.status, change.at])).toEqual([
      ['agreed_in_principle', '2025-03-16T22:00:00.000Z'],
      ['agreed_in_principle', '2025-03-22T22:00:00.000Z'],
    ]);
    for (const change of truce.statusHistory) {
      expect(change.source?.slug).toBe('nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks');
      expect(ARTICLE_TEXT).toContain(change.excerpt);
    }
    expect(truce.statusHistory[1].excerpt).toContain('as attacks persist');
  });

  it('hold Witkoff’s 30-day full ceasefire as a proposal, its terms his claim', async () => {
    const proposal = (await commitmentBySlug({ slug: 'witkoff-30-day-full-ceasefire' }))!;
    expect(proposal).toMatchObject({ status: 'proposed', durationDays: 30, startsAt: null, deadlineAt: null });
    expect(proposal.claims.map((claim) => [claim.party.slug, claim.person?.slug])).toEqual([
      ['united-states', 'steve-witkoff'],
    ]);
    expect(ARTICLE_TEXT).toContain(proposal.statusHistory[0].excerpt);
  });

  it('say the Ukraine–U.S. talks were to continue at the possible Monday session', async () => {
    const session = (await getEvent({ key: 'ukraine-us-talks-riyadh-2025-03-23' }))!;
    expect(await outcomesOfEvent({ eventId: session.id })).toEqual([
      expect.objectContaining({
        kind: 'talks_to_continue',
        followUp: expect.objectContaining({ slug: 'ukraine-us-possible-further-talks-2025-03-24' }),
      }),
    ]);
  });
});
