import fs from 'node:fs';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { DatabaseStartupError, defaultMigrationsFolder, openDatabase } from '@/db/connection';
import { temporaryDatabasePath } from '../helpers/db';

describe('migrations on a fresh database', () => {
  it('create every table of the domain, the search index and the pragmas the app relies on', () => {
    const db = openDatabase(temporaryDatabasePath());
    const tables = db.$client
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'event_search_%' AND name NOT LIKE 'claim_search_%' AND name NOT LIKE '__drizzle%'",
      )
      .pluck()
      .all();
    expect(new Set(tables)).toEqual(
      new Set([
        'parties',
        'people',
        'affiliations',
        'topics',
        'locations',
        'events',
        'event_status_changes',
        'event_parties',
        'event_people',
        'event_topics',
        'event_relations',
        'sources',
        'source_authors',
        'source_syndications',
        'positions',
        'citations',
        'revisions',
        'users',
        'sessions',
        'accounts',
        'verifications',
        'rate_limits',
        'api_tokens',
        'event_search',
        'claims',
        'claim_topics',
        'points',
        'point_topics',
        'point_claims',
        'claim_search',
        'commitments',
        'commitment_parties',
        'commitment_topics',
        'commitment_claims',
        'commitment_status_changes',
        'session_outcomes',
        'event_history',
        'event_history_parties',
        'event_history_people',
        'event_history_topics',
        'claim_history',
        'claim_history_topics',
        'commitment_history',
        'commitment_history_parties',
        'commitment_history_topics',
      ]),
    );
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1);
  });

  it('index the columns the timeline filters by', () => {
    const db = openDatabase(temporaryDatabasePath());
    const indexes = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
    expect(indexes).toEqual(
      expect.arrayContaining([
        'events_time_idx',
        'event_parties_party_idx',
        'event_topics_topic_idx',
        'event_people_person_idx',
      ]),
    );
  });

  it('run again on an existing database without touching its data', () => {
    const file = temporaryDatabasePath();
    const first = openDatabase(file);
    first.$client.prepare("INSERT INTO topics (slug, name) VALUES ('kept', 'Kept')").run();
    first.$client.close();
    const again = openDatabase(file);
    expect(again.$client.prepare('SELECT name FROM topics').pluck().all()).toEqual(['Kept']);
  });

  it('enforce foreign keys and the ordering of an event’s end after its start', () => {
    const db = openDatabase(temporaryDatabasePath());
    expect(() => db.$client.prepare('INSERT INTO event_topics (event_id, topic_id) VALUES (99, 99)').run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(() =>
      db.$client
        .prepare(
          "INSERT INTO events (slug, kind, title, starts_at, starts_upper, ends_at, time_zone, precision, status) VALUES ('x', 'statement', 'X', '2025-01-02T00:00:00.000Z', '2025-01-02T00:01:00.000Z', '2025-01-01T00:00:00.000Z', 'UTC', 'minute', 'occurred')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('fail with one line naming the path when the folder cannot be created', () => {
    const blocker = temporaryDatabasePath();
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const file = path.join(blocker, 'nested', 'parley.db');
    expect(() => openDatabase(file)).toThrow(DatabaseStartupError);
    try {
      openDatabase(file);
    } catch (error) {
      expect((error as Error).message).toContain(path.dirname(file));
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('fail with one line naming the path when the file is not a database, leaving it untouched', () => {
    const file = temporaryDatabasePath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'not a database at all, just some text that is long enough to matter'.repeat(10));
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    expect(fs.readFileSync(file)).toEqual(before);
  });
});

describe('the local days of events (migration 0002)', () => {
  it('are filled in on opening for events written before the columns existed', () => {
    // The migrations as they were before 0002.
    const older = fs.mkdtempSync(path.join(path.dirname(temporaryDatabasePath()), 'migrations-'));
    fs.mkdirSync(path.join(older, 'meta'));
    const journal = JSON.parse(fs.readFileSync(path.join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8'));
    journal.entries = journal.entries.filter((entry: { tag: string }) => entry.tag < '0002');
    fs.writeFileSync(path.join(older, 'meta', '_journal.json'), JSON.stringify(journal));
    for (const entry of journal.entries)
      fs.copyFileSync(path.join(defaultMigrationsFolder(), `${entry.tag}.sql`), path.join(older, `${entry.tag}.sql`));

    const file = temporaryDatabasePath();
    const before = openDatabase(file, { migrate: false });
    migrate(before, { migrationsFolder: older });
    const insert = before.$client.prepare(
      "INSERT INTO events (slug, kind, title, starts_at, starts_upper, ends_at, time_zone, precision, status) VALUES (?, 'talks_session', ?, ?, ?, ?, ?, 'day', 'held')",
    );
    insert.run(
      'umbrella',
      'Umbrella',
      '2025-03-22T21:00:00.000Z',
      '2025-03-23T21:00:00.000Z',
      '2025-03-23T21:00:00.000Z',
      'Asia/Riyadh',
    );
    insert.run('kyiv', 'Kyiv', '2025-03-22T22:00:00.000Z', '2025-03-23T22:00:00.000Z', null, 'Europe/Kyiv');
    before.$client.close();

    const after = openDatabase(file);
    const rows = after.$client.prepare('SELECT slug, local_start_day, local_end_day FROM events ORDER BY slug').all();
    expect(rows).toEqual([
      { slug: 'kyiv', local_start_day: '2025-03-23', local_end_day: '2025-03-23' },
      { slug: 'umbrella', local_start_day: '2025-03-23', local_end_day: '2025-03-24' },
    ]);
  });
});
