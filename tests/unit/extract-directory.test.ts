// What source-first entry reads from the database: every live record by its names, a location's
// other names among them (saved through the location's write path and its revision).
import { beforeAll, describe, expect, test } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { listLocations } from '@/db/queries/directory';
import { extractDirectory } from '@/db/queries/extract-directory';
import { createLocation, getRecord } from '@/db/queries/record-writes';
import { extract, reader } from '@/lib/extract/extract';
import { locationInputSchema } from '@/lib/validation/records';
import { useTemporaryDatabase } from '../helpers/db';

let db: ParleyDb;

beforeAll(async () => {
  db = await useTemporaryDatabase();
});

describe('a location’s other names', () => {
  test('are saved from the location form’s values and read back with the record', async () => {
    const input = locationInputSchema.parse({
      name: 'Jeddah',
      countryParty: 'saudi-arabia',
      timeZone: 'Asia/Riyadh',
      aliases: ['the Red Sea port', ' ', 'Jiddah'],
    });
    const jeddah = await createLocation({ input, actor: { id: null, name: 'Alias test' }, db });
    expect(await getRecord('location', { id: jeddah.id, db })).toMatchObject({
      aliases: ['the Red Sea port', 'Jiddah'],
    });
    expect((await listLocations({ id: jeddah.id, db }))[0].aliases).toEqual(['the Red Sea port', 'Jiddah']);
  });

  test('are recognised in a pasted source, with the seeded records', () => {
    const directory = extractDirectory({ db });
    expect(directory.locations.find((l) => l.slug === 'riyadh')).toMatchObject({
      aliases: ['the Saudi capital'],
      timeZone: 'Asia/Riyadh',
    });
    expect(directory.people.find((p) => p.slug === 'rustem-umerov')?.affiliations[0]).toMatchObject({
      partySlug: 'ukraine',
      partyName: 'Ukraine',
    });
    const found = extract(reader(directory), {
      text: 'Delegates reached the Red Sea port on Monday; Jiddah was calm.',
      publishedAt: '2025-03-12T12:00:00Z',
    });
    expect(found.locations.map((l) => [l.text, l.slug])).toEqual([
      ['the Red Sea port', 'jeddah'],
      ['Jiddah', 'jeddah'],
    ]);
  });
});
