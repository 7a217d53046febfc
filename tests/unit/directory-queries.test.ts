import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { createEvent } from '@/db/queries/event-writes';
import { getParty, listPartyEvents } from '@/db/queries/parties';
import { listDirectory, listEventChoices, type DirectoryFilters } from '@/db/queries/participants';
import { getPerson, listPersonEvents, listStatements } from '@/db/queries/people';
import { buildPositionMatrix, getPositionMatrix, listPositions } from '@/db/queries/positions';
import { createPerson, createPosition } from '@/db/queries/record-writes';
import { SYSTEM_ACTOR } from '@/db/queries/revisions';
import { directoryHref, parseDirectoryQuery } from '@/lib/validation/directory-filters';
import { useTemporaryDatabase } from '../helpers/db';

let db: ParleyDb;
const actor = SYSTEM_ACTOR;

beforeAll(async () => {
  db = await useTemporaryDatabase();
});

const names = async (filters: DirectoryFilters) => {
  const { people, parties } = await listDirectory({ filters, db });
  return { people: people.map((p) => p.name), parties: parties.map((p) => p.name) };
};

describe('listDirectory', () => {
  it('lists the nine people of the article, each with the party of their current title, and the five parties', async () => {
    const { people, parties } = await listDirectory({ db });
    expect(people.map((p) => [p.name, p.current?.partyName])).toEqual(
      expect.arrayContaining([
        ['Rustem Umerov', 'Ukraine'],
        ['Steve Witkoff', 'United States'],
        ['Keith Kellogg', 'United States'],
        ['Michael Anton', 'United States'],
        ['Michael Waltz', 'United States'],
        ['Donald Trump', 'United States'],
        ['Vladimir Putin', 'Russia'],
        ['Vitali Klitschko', 'Ukraine'],
        ['Teymur Tkachenko', 'Ukraine'],
      ]),
    );
    expect(people).toHaveLength(9);
    expect(parties.map((p) => p.name)).toEqual(['NATO', 'Russia', 'Saudi Arabia', 'Ukraine', 'United States']);
  });

  it('counts events and roles: Umerov headed one delegation and spoke once; the U.S. mediated six events', async () => {
    const { people, parties } = await listDirectory({ db });
    const umerov = people.find((p) => p.slug === 'rustem-umerov')!;
    expect(umerov.eventCount).toBe(2);
    expect(umerov.roles).toEqual(
      expect.arrayContaining([
        { role: 'head_of_delegation', count: 1 },
        { role: 'speaker', count: 1 },
      ]),
    );
    const us = parties.find((p) => p.slug === 'united-states')!;
    expect(us.roles).toEqual([{ role: 'mediator', count: 6 }]);
    expect(us.peopleCount).toBe(5);
  });

  it('filters by party: the United States keeps Witkoff, Kellogg, Anton, Waltz and Trump and drops Umerov', async () => {
    const { people, parties } = await names({ party: 'united-states' });
    expect(people.sort()).toEqual(['Donald Trump', 'Keith Kellogg', 'Michael Anton', 'Michael Waltz', 'Steve Witkoff']);
    expect(parties).toEqual(['United States']);
  });

  it.each([
    ['head_of_delegation', ['Rustem Umerov'], ['Russia', 'Ukraine']],
    // Those who acted for the mediating party; Waltz is only referenced.
    ['mediator', ['Keith Kellogg', 'Michael Anton', 'Steve Witkoff'], ['United States']],
    ['envoy', ['Keith Kellogg', 'Steve Witkoff'], []],
    [
      'official',
      [
        'Donald Trump',
        'Michael Anton',
        'Michael Waltz',
        'Rustem Umerov',
        'Teymur Tkachenko',
        'Vitali Klitschko',
        'Vladimir Putin',
      ],
      [],
    ],
  ] as const)('filters by role %s', async (role, people, parties) => {
    const found = await names({ role });
    expect(found.people.sort()).toEqual([...people].sort());
    expect(found.parties.sort()).toEqual([...parties].sort());
  });

  it('filters by event and says what each took part as', async () => {
    const { people, parties } = await listDirectory({ filters: { event: 'ukraine-us-talks-riyadh-2025-03-23' }, db });
    expect(people.map((p) => [p.name, p.rolesAtEvent])).toEqual([['Rustem Umerov', ['head_of_delegation']]]);
    expect(parties.map((p) => [p.name, p.rolesAtEvent]).sort()).toEqual([
      ['Saudi Arabia', ['host']],
      ['Ukraine', ['delegation']],
      ['United States', ['mediator']],
    ]);
  });

  it('searches names, aliases and titles, ignoring case and accents', async () => {
    expect(await names({ q: 'kremlin' })).toEqual({ people: [], parties: ['Russia'] });
    expect((await names({ q: 'ENVOY' })).people.sort()).toEqual(['Keith Kellogg', 'Steve Witkoff']);
    expect((await names({ q: 'umérov' })).people).toEqual(['Rustem Umerov']);
  });

  it('combines filters, and shows only people or only parties on request', async () => {
    expect(await names({ party: 'ukraine', role: 'head_of_delegation' })).toEqual({
      people: ['Rustem Umerov'],
      parties: ['Ukraine'],
    });
    expect((await names({ show: 'people' })).parties).toEqual([]);
    expect((await names({ show: 'parties' })).people).toEqual([]);
    expect(await names({ party: 'atlantis' })).toEqual({ people: [], parties: [] });
  });

  it('offers as event choices only the events someone took part in, in time order', async () => {
    const choices = await listEventChoices({ db });
    expect(choices.map((c) => c.slug)).toContain('ukraine-us-talks-riyadh-2025-03-23');
    expect(choices.map((c) => c.startsAt)).toEqual(choices.map((c) => c.startsAt).sort());
  });
});

describe('the person page queries', () => {
  it('give Umerov as Ukraine’s defense minister, with the source of the title', async () => {
    const umerov = (await getPerson({ slug: 'rustem-umerov', db }))!;
    expect(umerov.current).toMatchObject({ title: 'Defense Minister of Ukraine', partySlug: 'ukraine' });
    expect(umerov.affiliations[0].citations[0].source.publisher).toBe('The New York Times');
    expect(await getPerson({ slug: 'nobody', db })).toBeNull();
  });

  it('list his events with his role and the title held at the time', async () => {
    const { items, more } = await listPersonEvents({ slug: 'rustem-umerov', db });
    expect(more).toBe(false);
    const session = items.find((i) => i.event.slug === 'ukraine-us-talks-riyadh-2025-03-23')!;
    expect(session.roles).toEqual([
      { role: 'head_of_delegation', title: 'Defense Minister of Ukraine', party: { slug: 'ukraine', name: 'Ukraine' } },
    ]);
  });

  it('list the statements attributed to him with what each supports', async () => {
    const umerov = (await getPerson({ slug: 'rustem-umerov', db }))!;
    const statements = await listStatements({ personId: umerov.id, db });
    expect(statements.map((s) => s.subject.type === 'event' && s.subject.slug)).toEqual([
      'umerov-talks-productive-and-focused',
      'ukraine-us-talks-riyadh-2025-03-23',
    ]);
    expect(statements[0].excerpt).toContain('productive and focused');
    expect(statements[0].attribution).toBe('social_media_post');
  });

  it('name whose title a statement supports: Kellogg on Anton and Waltz', async () => {
    const kellogg = (await getPerson({ slug: 'keith-kellogg', db }))!;
    const subjects = (await listStatements({ personId: kellogg.id, db })).map((s) => s.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'affiliation', person: { slug: 'michael-anton', name: 'Michael Anton' } }),
        expect.objectContaining({ type: 'affiliation', person: { slug: 'michael-waltz', name: 'Michael Waltz' } }),
        expect.objectContaining({ type: 'event', slug: 'riyadh-talks-march-2025' }),
      ]),
    );
  });

  it('show the title held on each event’s day for someone whose title and party changed', async () => {
    await createPerson({
      input: {
        slug: 'test-turncoat',
        name: 'Test Turncoat',
        affiliations: [
          {
            party: 'ukraine',
            title: 'Deputy minister',
            kind: 'minister',
            validFrom: '2024-01-01',
            validTo: '2025-03-23',
          },
          { party: 'united-states', title: 'Adviser to the envoy', kind: 'adviser', validFrom: '2025-03-24' },
        ],
      },
      actor,
      db,
    });
    const base = { kind: 'talks_session', timeZone: 'Europe/Kyiv', precision: 'minute', status: 'held' } as const;
    await createEvent({
      input: {
        ...base,
        slug: 'test-before',
        title: 'Before the change',
        startsAt: '2025-03-23T20:00:00+02:00',
        people: [{ person: 'test-turncoat', role: 'delegate' }],
      },
      actor,
      db,
    });
    // 00:30 on the 24th in Kyiv, still the 23rd in UTC: the new title applies.
    await createEvent({
      input: {
        ...base,
        slug: 'test-after',
        title: 'After the change',
        startsAt: '2025-03-24T00:30:00+02:00',
        people: [{ person: 'test-turncoat', role: 'delegate' }],
      },
      actor,
      db,
    });
    const { items } = await listPersonEvents({ slug: 'test-turncoat', db });
    expect(items.map((i) => [i.event.slug, i.roles[0].title, i.roles[0].party?.slug])).toEqual([
      ['test-before', 'Deputy minister', 'ukraine'],
      ['test-after', 'Adviser to the envoy', 'united-states'],
    ]);
    const person = (await getPerson({ slug: 'test-turncoat', db }))!;
    expect(person.current?.title).toBe('Adviser to the envoy');
    expect(person.affiliations.map((a) => a.title)).toEqual(['Adviser to the envoy', 'Deputy minister']);
    const ukraine = (await getParty({ slug: 'ukraine', db }))!;
    expect(ukraine.members.find((m) => m.person.slug === 'test-turncoat')).toMatchObject({
      title: 'Deputy minister',
      current: false,
    });
    expect((await names({ party: 'ukraine' })).people).toContain('Test Turncoat');
  });
});

describe('the party page queries', () => {
  it('give Ukraine’s people with their titles and its delegation with its head at the 23 March session', async () => {
    const ukraine = (await getParty({ slug: 'ukraine', db }))!;
    expect(ukraine.members.filter((m) => m.current).map((m) => m.person.name)).toEqual(
      expect.arrayContaining(['Rustem Umerov', 'Vitali Klitschko', 'Teymur Tkachenko']),
    );
    const { items } = await listPartyEvents({ slug: 'ukraine', db });
    const session = items.find((i) => i.event.slug === 'ukraine-us-talks-riyadh-2025-03-23')!;
    expect(session.partyRoles).toEqual(['delegation']);
    expect(session.partOf).toEqual([
      { slug: 'riyadh-talks-march-2025', title: 'U.S.-mediated technical talks in Riyadh' },
    ]);
    expect(session.people).toEqual([
      {
        slug: 'rustem-umerov',
        name: 'Rustem Umerov',
        role: 'head_of_delegation',
        title: 'Defense Minister of Ukraine',
      },
    ]);
    expect(await getParty({ slug: 'atlantis', db })).toBeNull();
  });

  it('leave out people merely referenced at an event', async () => {
    const { items } = await listPartyEvents({ slug: 'united-states', db });
    const round = items.find((i) => i.event.slug === 'riyadh-talks-march-2025')!;
    expect(round.people.map((p) => p.name).sort()).toEqual(['Keith Kellogg', 'Michael Anton']);
  });
});

describe('positions', () => {
  it('give Russia’s stated positions on territorial control and NATO, sourced to the article', async () => {
    const russia = await listPositions({ party: 'russia', db });
    expect(russia.map((p) => [p.topic.slug, p.stance, p.basis])).toEqual([
      ['nato-membership', 'Ukraine must never join NATO', 'stated'],
      ['nato-membership', 'Ukraine must never join NATO', 'claim'],
      ['territorial-control', 'Insists on asserting territorial control', 'stated'],
      ['territorial-control', 'Insists on asserting territorial control', 'claim'],
    ]);
    for (const position of russia)
      expect(position.citations[0].source.slug).toBe('nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks');
  });

  it('derive a party’s stance from its claims, with the exact words and the session behind it', async () => {
    const ukraine = await listPositions({ party: 'ukraine', db });
    const energy = ukraine.find((p) => p.topic.slug === 'energy-infrastructure')!;
    expect(energy).toMatchObject({
      basis: 'claim',
      stance: 'Productive and focused talks; energy among the key points',
      statedOn: '2025-03-23',
      statedBy: { slug: 'rustem-umerov' },
      claim: {
        kind: 'assessment',
        event: { slug: 'ukraine-us-talks-riyadh-2025-03-23' },
        quote: { exact: 'The discussion was productive and focused – we addressed key points including energy' },
      },
    });
    expect(energy.citations[0]).toMatchObject({ excerpt: energy.claim!.quote.exact, attribution: 'social_media_post' });
  });

  it('build the matrix of parties with positions against topics with positions', async () => {
    const matrix = await getPositionMatrix({ db });
    expect(matrix.parties.map((p) => p.name)).toEqual(['Russia', 'Ukraine', 'United States']);
    expect(matrix.topics.map((t) => t.name)).toEqual([
      'Ceasefire',
      'Energy infrastructure',
      'NATO membership',
      'Territorial control',
    ]);
    expect(matrix.cells).toHaveLength(7);
    expect(matrix.cells.every((c) => !c.changed)).toBe(true);
    // A claim restating a stated position on the same day keeps the stated one as the latest.
    expect(matrix.cells.find((c) => c.party.slug === 'russia' && c.topic.slug === 'nato-membership')).toMatchObject({
      latest: { basis: 'stated' },
      earlier: [{ basis: 'claim' }],
    });
  });

  it('mark a cell changed when a later stance differs, keeping the earlier one', async () => {
    await createPosition({
      input: { party: 'russia', topic: 'ceasefire', stance: 'Rejects a full ceasefire', statedOn: '2025-03-11' },
      actor,
      db,
    });
    await createPosition({
      input: {
        party: 'russia',
        topic: 'ceasefire',
        stance: 'Accepts a partial truce on energy',
        statedOn: '2025-03-18',
      },
      actor,
      db,
    });
    const cell = (await getPositionMatrix({ db })).cells.find(
      (c) => c.party.slug === 'russia' && c.topic.slug === 'ceasefire',
    )!;
    expect(cell.latest.stance).toBe('Accepts a partial truce on energy');
    expect(cell.earlier.map((p) => p.stance)).toEqual(['Rejects a full ceasefire']);
    expect(cell.changed).toBe(true);
  });

  it('does not call a restated, unchanged stance a change', () => {
    const base = {
      party: { slug: 'p', name: 'P' },
      topic: { slug: 't', name: 'T' },
      summary: '',
      statedBy: null,
      citations: [],
      version: 1,
      basis: 'stated' as const,
      claim: null,
    };
    const matrix = buildPositionMatrix([
      { ...base, id: 1, stance: 'Same', statedOn: '2025-01-01' },
      { ...base, id: 2, stance: 'Same', statedOn: '2025-02-01' },
    ]);
    expect(matrix.cells[0]).toMatchObject({ changed: false, latest: { id: 2 } });
  });
});

describe('directory URLs', () => {
  it.each([
    [{ party: 'united-states' }, { party: 'united-states', role: undefined, show: 'all', sort: 'party' }],
    [
      { role: 'envoy', sort: 'name' },
      { role: 'envoy', sort: 'name' },
    ],
    [
      { role: 'king', show: 'everyone', party: 'Not A Slug', sort: 'random' },
      { role: undefined, show: 'all', party: undefined, sort: 'party' },
    ],
    [
      { party: ['russia', 'ukraine'], q: '  ' },
      { party: 'russia', q: undefined },
    ],
  ])('keep each good value and drop each bad one: %j', (params, expected) => {
    expect(parseDirectoryQuery(params)).toMatchObject(expected);
  });

  it('leave defaults out of links', () => {
    expect(directoryHref({ show: 'all', sort: 'party' })).toBe('/participants');
    expect(directoryHref({ party: 'russia', sort: 'name' })).toBe('/participants?party=russia&sort=name');
  });
});
