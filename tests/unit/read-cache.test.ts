import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTopic } from '@/db/queries/record-writes';
import { cachedRead } from '@/db/read-cache';
import { useTemporaryDatabase } from '../helpers/db';

describe('the read cache', () => {
  afterEach(() => vi.useRealTimers());

  it('serves a kept answer until a write on this connection or from another process', async () => {
    const db = await useTemporaryDatabase({ seed: false });
    let computed = 0;
    const read = () => cachedRead(db, 'topics', () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);

    await createTopic({ input: { name: 'Written here' }, actor: { id: null, name: 'test' } });
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);

    const other = new Database(db.$client.name);
    other.prepare("INSERT INTO topics (slug, name) VALUES ('written-elsewhere', 'Written elsewhere')").run();
    other.close();
    expect(await read()).toBe(3);
  });

  it('answers afresh on a new day without any write, so "current" titles follow the calendar', async () => {
    const db = await useTemporaryDatabase({ seed: false });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-23T23:59:00Z'));
    let computed = 0;
    const read = () => cachedRead(db, 'titles', () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    vi.setSystemTime(new Date('2025-03-24T00:01:00Z'));
    expect(await read()).toBe(2);
  });

  it('keeps no failure', async () => {
    const db = await useTemporaryDatabase({ seed: false });
    await expect(cachedRead(db, 'failing', () => Promise.reject(new Error('nope')))).rejects.toThrow('nope');
    expect(await cachedRead(db, 'failing', () => 'fine')).toBe('fine');
  });
});
