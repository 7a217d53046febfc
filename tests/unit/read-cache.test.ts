import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createTopic } from '@/db/queries/record-writes';
import { cachedRead } from '@/db/read-cache';
import { useTemporaryDatabase } from '../helpers/db';

describe('the read cache', () => {
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

  it('keeps no failure', async () => {
    const db = await useTemporaryDatabase({ seed: false });
    await expect(cachedRead(db, 'failing', () => Promise.reject(new Error('nope')))).rejects.toThrow('nope');
    expect(await cachedRead(db, 'failing', () => 'fine')).toBe('fine');
  });
});
