import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '@/db/connection';
import { listClaims } from '@/db/queries/claims';
import { getEventFacets } from '@/db/queries/event-facets';
import { deleteEvent, updateEvent } from '@/db/queries/event-writes';
import { listRecentlyChanged, streamEventDetails, streamEvents } from '@/db/queries/event-stream';
import { getEvent, listEvents } from '@/db/queries/events';
import type { Actor } from '@/db/queries/revisions';
import { asOfInstant, asOfParam } from '@/lib/validation/as-of';
import { useTemporaryDatabase } from '../helpers/db';

const actor: Actor = { id: null, name: 'As-of test' };

describe('the asOf parameter', () => {
  it.each([
    ['2025-03-24', '2025-03-24T23:59:59.999Z'],
    ['2025-03-24T18:00', '2025-03-24T18:00:00.000Z'],
    ['2025-03-24T18:00:05.5', '2025-03-24T18:00:05.500Z'],
    ['2025-03-24T18:00:00Z', '2025-03-24T18:00:00.000Z'],
    ['2025-03-24T21:00:00+03:00', '2025-03-24T18:00:00.000Z'],
  ])('%s is the UTC instant %s', (value, instant) => {
    expect(asOfInstant(value)).toBe(instant);
    expect(asOfParam.parse(value)).toBe(instant);
  });

  it.each(['2025-02-30', '2025-03-24T25:00', 'yesterday', '24/03/2025', '2025-03-24T18:00+3'])(
    '%s is refused with a message',
    (value) => {
      expect(asOfInstant(value)).toBeNull();
      expect(asOfParam.safeParse(value).error?.issues[0].message).toMatch(/real date/);
    },
  );
});

/** The history columns both the write path and the backfill fill, in a comparable order. */
function historyRows(db: Awaited<ReturnType<typeof useTemporaryDatabase>>) {
  return {
    events: db.$client
      .prepare(
        `SELECT h.event_id, h.revision_id, h.valid_from, h.valid_to, h.kind, h.title, h.summary, h.starts_at, h.starts_upper,
        h.local_start_day, h.local_end_day, h.location_id,
        (SELECT group_concat(party_id) FROM (SELECT party_id FROM event_history_parties WHERE history_id = h.id ORDER BY 1)) AS parties,
        (SELECT group_concat(person_id) FROM (SELECT person_id FROM event_history_people WHERE history_id = h.id ORDER BY 1)) AS people,
        (SELECT group_concat(topic_id) FROM (SELECT topic_id FROM event_history_topics WHERE history_id = h.id ORDER BY 1)) AS topics
        FROM event_history h ORDER BY h.revision_id`,
      )
      .all(),
    claims: db.$client
      .prepare(
        `SELECT h.claim_id, h.revision_id, h.valid_from, h.valid_to, h.event_id, h.party_id, h.person_id, h.kind, h.text,
        (SELECT group_concat(topic_id) FROM (SELECT topic_id FROM claim_history_topics WHERE history_id = h.id ORDER BY 1)) AS topics
        FROM claim_history h ORDER BY h.revision_id`,
      )
      .all(),
  };
}

describe('the history backfill migration', () => {
  it('builds from the revision log the same states the write path records', async () => {
    const db = await useTemporaryDatabase();
    const [first] = (await listEvents({ db })).items;
    const edited = await updateEvent({
      id: first.id,
      version: first.version,
      input: {
        ...first,
        location: first.location?.slug,
        parties: undefined,
        people: undefined,
        topics: undefined,
        citations: undefined,
        title: 'Renamed by the backfill test',
      } as never,
      keep: ['parties', 'people', 'topics', 'citations', 'relations', 'statusHistory'],
      actor,
      db,
    });
    await deleteEvent({ id: edited.id, version: edited.version, actor, db });
    const recorded = historyRows(db);
    expect(recorded.events.length).toBeGreaterThan(2);
    expect(recorded.claims.length).toBeGreaterThan(0);

    db.$client.exec(
      'DELETE FROM event_history; DELETE FROM event_history_parties; DELETE FROM event_history_people; DELETE FROM event_history_topics; DELETE FROM claim_history; DELETE FROM claim_history_topics;',
    );
    const backfill = fs.readFileSync(path.join(defaultMigrationsFolder(), '0010_history_backfill.sql'), 'utf8');
    for (const statement of backfill.split('--> statement-breakpoint')) db.$client.exec(statement);
    expect(historyRows(db)).toEqual(recorded);

    // Backfilled states have no stored answer: they are read from their revision's snapshot.
    const before = recorded.events.find((row) => (row as { event_id: number }).event_id === first.id) as {
      valid_to: string;
    };
    const asOf = new Date(Date.parse(before.valid_to) - 1).toISOString();
    expect(await getEvent({ key: first.slug, asOf, db })).toMatchObject({
      title: first.title,
      version: first.version,
    });
    expect(await getEvent({ key: first.slug, db })).toBeNull();
    const now = new Date().toISOString();
    expect((await listEvents({ filters: { asOf: now }, limit: 500, db })).items.map((e) => e.id)).toEqual(
      (await listEvents({ limit: 500, db })).items.map((e) => e.id),
    );
    expect(await getEventFacets({ filters: { asOf: now }, db })).toEqual(await getEventFacets({ db }));
    expect(
      await getEventFacets({
        filters: { asOf: now, party: ['ukraine'], kind: ['talks_session'] },
        db,
      }),
    ).toEqual(
      await getEventFacets({
        filters: { party: ['ukraine'], kind: ['talks_session'] },
        db,
      }),
    );
    expect((await listClaims({ filters: { asOf: now }, limit: 500, db })).items.map((c) => c.id)).toEqual(
      (await listClaims({ limit: 500, db })).items.map((c) => c.id),
    );
  });
});

describe('exports and feeds as of a moment', () => {
  it('stream and list the events as they stood then, deleted ones included', async () => {
    const db = await useTemporaryDatabase();
    const [first] = (await listEvents({ db })).items;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await deleteEvent({ id: first.id, version: first.version, actor, db });
    const streamed: string[] = [];
    for await (const page of streamEvents({ filters: { asOf: before }, db }))
      streamed.push(...page.map((event) => event.slug));
    expect(streamed).toContain(first.slug);
    expect(
      (await listRecentlyChanged({ filters: { asOf: before }, limit: 500, db })).map((event) => event.slug),
    ).toContain(first.slug);
    expect((await listRecentlyChanged({ filters: {}, limit: 500, db })).map((event) => event.slug)).not.toContain(
      first.slug,
    );
    const details: string[] = [];
    for await (const page of streamEventDetails({ filters: { asOf: before }, db }))
      details.push(...page.map((event) => event.slug));
    expect(details).toEqual(streamed);
  });
});
