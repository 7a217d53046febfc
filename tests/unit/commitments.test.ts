// Commitments through the real write path on a real migrated database, and the pure rules they
// rest on: which status is current, where a party's claim differs, a duration's deadline in the
// venue's zone, and the schema's answers to bad input.
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParleyDb } from '@/db/connection';
import { currentStatus, deadlineAfter, disputedStatuses } from '@/db/commitment-status';
import { ReferenceMismatchError, VersionConflictError } from '@/db/errors';
import { addCommitmentStatus, createCommitment, updateCommitment } from '@/db/queries/commitment-writes';
import { commitmentById, listCommitments } from '@/db/queries/commitments';
import { listRevisions } from '@/db/queries/revisions';
import { fieldErrors } from '@/lib/errors';
import { deadlineUid, IcsWriter } from '@/lib/exports/event-ics';
import { commitmentInputSchema } from '@/lib/validation/commitments';
import { useTemporaryDatabase } from '../helpers/db';

const actor = { id: 'user-1', name: 'Ana Analyst' };
const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
let db: ParleyDb;

beforeAll(async () => {
  db = await useTemporaryDatabase();
});

describe('the status rules', () => {
  it.each([
    [[], 'proposed'],
    [[{ status: 'agreed', at: '2025-03-18T12:00:00.000Z', claimedBy: null }], 'agreed'],
    [
      [
        { status: 'implemented', at: '2025-04-02T00:00:00.000Z', claimedBy: null },
        { status: 'partly_implemented', at: '2025-03-20T00:00:00.000Z', claimedBy: null },
      ],
      'implemented',
    ],
    [
      [
        { status: 'in_force', at: '2025-03-18T00:00:00.000Z', claimedBy: null },
        { status: 'violated', at: '2025-03-20T00:00:00.000Z', claimedBy: 'russia' },
      ],
      'in_force',
    ],
  ] as const)('reads %j as %s: the latest change no party claims', (history, expected) => {
    expect(currentStatus(history)).toBe(expected);
  });

  it('puts each party’s latest claim beside the reported status where they differ', () => {
    const history = [
      { status: 'in_force', at: '2025-03-18T00:00:00.000Z', claimedBy: null },
      { status: 'violated', at: '2025-03-19T00:00:00.000Z', claimedBy: 'russia' },
      { status: 'violated', at: '2025-03-20T00:00:00.000Z', claimedBy: 'ukraine' },
      { status: 'in_force', at: '2025-03-21T00:00:00.000Z', claimedBy: 'ukraine' },
    ] as const;
    expect(disputedStatuses(history)).toEqual([
      { party: 'russia', status: 'violated', at: '2025-03-19T00:00:00.000Z' },
    ]);
  });

  it('ends a 30-day moratorium from 18 March at the same Moscow wall-clock time 30 days on', () => {
    expect(deadlineAfter('2025-03-18T15:00:00.000Z', 30, 'Europe/Moscow')).toBe('2025-04-17T15:00:00.000Z');
    // Across a daylight-saving change the wall clock stays, the UTC instant moves by the hour.
    expect(deadlineAfter('2025-03-20T12:00:00.000Z', 30, 'Europe/Kyiv')).toBe('2025-04-19T11:00:00.000Z');
  });
});

describe('the commitment schema', () => {
  const base = { text: 'Exchange 1,000 prisoners each', parties: ['russia', 'ukraine'], timeZone: 'Europe/Istanbul' };

  it('reads times in the venue’s zone and turns a duration into its deadline', () => {
    const parsed = commitmentInputSchema.parse({ ...base, startsAt: '2026-05-16T12:00', durationDays: '17' });
    expect(parsed).toMatchObject({
      startsAt: '2026-05-16T09:00:00.000Z',
      deadlineAt: '2026-06-02T09:00:00.000Z',
      durationDays: 17,
    });
  });

  it.each([
    [{ ...base, parties: [] }, 'parties', 'must name at least one party'],
    [{ ...base, deadlineAt: '2026-02-30' }, 'deadlineAt', 'must be a real date'],
    [
      { ...base, startsAt: '2026-06-02', deadlineAt: '2026-07-02', durationDays: 30 },
      'durationDays',
      'must be empty when the deadline is given',
    ],
    [{ ...base, startsAt: '2026-06-02', deadlineAt: '2026-06-01' }, 'deadlineAt', 'must not be before the start'],
    [{ ...base, timeZone: 'Mars/Olympus' }, 'timeZone', 'IANA time zone'],
    [
      { ...base, statusHistory: [{ status: 'kept', at: '2026-06-02', source: SOURCE }] },
      'statusHistory.0.status',
      'must be one of',
    ],
  ])('refuses %j naming %s', (input, field, message) => {
    const result = commitmentInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)[field]).toContain(message);
  });
});

describe('the commitment write path', () => {
  it('creates with its history, adds status changes as versions with revisions, and lists by filter', async () => {
    const input = commitmentInputSchema.parse({
      text: 'Exchange 1,000 prisoners each',
      quantity: '1000',
      unit: 'prisoners',
      parties: ['russia', 'ukraine'],
      topics: ['ceasefire'],
      timeZone: 'Europe/Istanbul',
      deadlineAt: '2026-06-02T12:00',
      statusHistory: [{ status: 'agreed', at: '2026-05-16T15:00', source: SOURCE }],
    });
    const created = await createCommitment({ input, actor, db });
    expect(created).toMatchObject({
      version: 1,
      status: 'agreed',
      quantity: 1000,
      unit: 'prisoners',
      parties: ['russia', 'ukraine'],
      deadlineAt: '2026-06-02T09:00:00.000Z',
    });
    const change = {
      status: 'partly_implemented' as const,
      at: '2026-05-23T09:00:00.000Z',
      source: SOURCE,
      excerpt: 'the first 390 were exchanged',
    };
    const partly = await addCommitmentStatus({ id: created.id, version: 1, change, actor, db });
    expect(partly).toMatchObject({ version: 2, status: 'partly_implemented' });
    await expect(addCommitmentStatus({ id: created.id, version: 1, change, actor, db })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    await expect(
      addCommitmentStatus({ id: created.id, version: 2, change: { ...change, claimedBy: 'united-states' }, actor, db }),
    ).rejects.toBeInstanceOf(ReferenceMismatchError);
    const done = await addCommitmentStatus({
      id: created.id,
      version: 2,
      change: { ...change, status: 'implemented', at: '2026-05-25T09:00:00.000Z' },
      actor,
      db,
    });
    expect(done.statusHistory.map((entry) => entry.status)).toEqual(['agreed', 'partly_implemented', 'implemented']);
    const revisions = await listRevisions({ entityType: 'commitment', entityId: created.id, db });
    expect(revisions.map((revision) => revision.action)).toEqual(
      expect.arrayContaining(['create', 'update', 'update']),
    );
    expect(revisions).toHaveLength(3);

    const edited = await updateCommitment({
      id: created.id,
      version: 3,
      input: { ...input, text: 'Exchange 1,000 prisoners of war each' },
      keep: ['statusHistory'],
      actor,
      db,
    });
    expect(edited).toMatchObject({ version: 4, status: 'implemented', text: 'Exchange 1,000 prisoners of war each' });

    const dto = await commitmentById({ id: created.id, db });
    expect(dto).toMatchObject({
      status: 'implemented',
      parties: [{ slug: 'russia' }, { slug: 'ukraine' }],
      topics: [{ slug: 'ceasefire' }],
    });
    expect(dto!.statusHistory[1]).toMatchObject({
      status: 'partly_implemented',
      source: { slug: SOURCE },
      excerpt: 'the first 390 were exchanged',
    });
    const slugs = async (filters: Parameters<typeof listCommitments>[0]) =>
      (await listCommitments({ ...filters, db })).items.map((item) => item.slug);
    expect(await slugs({ filters: { party: ['ukraine'], status: ['implemented'] } })).toContain(created.slug);
    expect(await slugs({ filters: { status: ['proposed'] } })).not.toContain(created.slug);
    expect(await slugs({ filters: { dueBefore: '2026-06-02T09:00:00.000Z' } })).not.toContain(created.slug);
    expect(await slugs({ filters: { dueAfter: '2026-06-02T09:00:00.000Z', q: 'prisoners of war' } })).toEqual([
      created.slug,
    ]);
  });
});

describe('a deadline in iCalendar', () => {
  it('round-trips through ical.js with its VTIMEZONE: 2 June 12:00 in Istanbul is 09:00 UTC', async () => {
    const input = commitmentInputSchema.parse({
      text: 'Meet again',
      parties: ['russia', 'ukraine'],
      timeZone: 'Europe/Istanbul',
      deadlineAt: '2026-06-02T12:00',
    });
    const saved = await createCommitment({ input, actor, db });
    const commitment = (await commitmentById({ id: saved.id, db }))!;
    const writer = new IcsWriter({ name: 'Parley events', origin: 'https://parley.test' });
    const deadline = writer.deadline({ ...commitment, deadlineAt: commitment.deadlineAt! });
    const text = `${writer.head()}${deadline}${writer.end()}`;
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([
      'Europe/Istanbul',
    ]);
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(deadlineUid(commitment.slug));
    expect(event.summary).toBe('Deadline: Meet again');
    expect(event.startDate.zone.tzid).toBe('Europe/Istanbul');
    expect(event.startDate.toString()).toBe('2026-06-02T12:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-06-02T09:00:00.000Z');
    expect(event.component.getFirstPropertyValue('url')).toBe(`https://parley.test/commitments/${commitment.slug}`);
  });
});
