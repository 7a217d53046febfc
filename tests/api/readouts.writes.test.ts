// A session with two readouts entered through the write API, then read back as the comparison's
// CSV and JSON downloads, and as part of the events' JSON export (claims and points included).
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { storageStateFor } from '../helpers/accounts';
import { enterReadoutSession, QUOTES } from '../helpers/readout-session';

test.use({ storageState: storageStateFor('analyst') });

test('the comparison downloads as CSV (a row per party on each point) and as JSON', async ({ request }) => {
  const session = await enterReadoutSession(request);

  const csv = await request.get(`/api/events/${session.event}/readouts?format=csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(csv.headers()['content-disposition']).toBe(`attachment; filename="parley-readouts-${session.event}.csv"`);
  const rows: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
  expect(rows.map((r) => [r.point, r.alignment_label, r.party_slug, r.status, r.quote])).toEqual([
    ['Scope of the strike moratorium', 'Accounts differ', 'united-states', 'claim', QUOTES.usEnergy],
    ['Scope of the strike moratorium', 'Accounts differ', 'russia', 'claim', QUOTES.ruEnergy],
    ['Black Sea navigation', 'Only Russia’s account sets a condition', 'united-states', 'claim', QUOTES.usSea],
    ['Black Sea navigation', 'Only Russia’s account sets a condition', 'russia', 'claim', QUOTES.ruSea],
    ['Prisoner exchange', 'Accounts agree', 'united-states', 'claim', QUOTES.usPrisoners],
    ['Prisoner exchange', 'Accounts agree', 'russia', 'omitted', ''],
    ['Said only in one account', '', 'russia', 'claim', QUOTES.ruAside],
  ]);
  expect(rows[3]).toMatchObject({
    kind: 'Demand (a condition)',
    speaker: 'Vladimir Putin',
    source_title: session.ruReadout.title,
    source_url: session.ruReadout.url,
  });
  expect(rows[5]).toMatchObject({ claim: 'Not mentioned by Russia', source_url: '' });

  const json = await request.get(`/api/events/${session.event}/readouts?format=json`);
  expect(json.headers()['content-disposition']).toBe(`attachment; filename="parley-readouts-${session.event}.json"`);
  const body = await json.json();
  expect(body).toEqual(await (await request.get(`/api/events/${session.event}/readouts`)).json());
  expect(body.points.map((p: { label: string; omittedBy: string[] }) => [p.label, p.omittedBy])).toEqual([
    ['Scope of the strike moratorium', []],
    ['Black Sea navigation', []],
    ['Prisoner exchange', ['russia']],
  ]);

  const bad = await request.get(`/api/events/${session.event}/readouts?format=xlsx`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fields).toEqual({ format: 'must be one of csv, json' });
});

test('the events’ JSON export carries the session’s claims and points in the write API’s shape', async ({
  request,
}) => {
  const session = await enterReadoutSession(request);
  const exported = await (
    await request.get(`/api/exports/events.json?q=${encodeURIComponent(`"${session.title}"`)}`)
  ).json();
  const item = exported.items.find((i: { slug: string }) => i.slug === session.event);
  expect(
    item.claims.map((c: { party: string; kind: string; quote: { exact: string } }) => [c.party, c.kind, c.quote.exact]),
  ).toEqual([
    ['united-states', 'assertion', QUOTES.usEnergy],
    ['russia', 'assertion', QUOTES.ruEnergy],
    ['united-states', 'commitment', QUOTES.usSea],
    ['russia', 'demand', QUOTES.ruSea],
    ['united-states', 'assertion', QUOTES.usPrisoners],
    ['russia', 'assertion', QUOTES.ruAside],
  ]);
  expect(
    item.points.map((p: { label: string; alignment: string; claims: string[] }) => [
      p.label,
      p.alignment,
      p.claims.length,
    ]),
  ).toEqual([
    ['Scope of the strike moratorium', 'diverges', 2],
    ['Black Sea navigation', 'conditional', 2],
    ['Prisoner exchange', 'agreed', 1],
  ]);
  // Each one is a body the write API accepts as it stands.
  const { slug: _slug, version: _version, ...claim } = item.claims[0];
  const again = await request.post('/api/claims', { data: claim });
  expect(again.status(), await again.text()).toBe(201);
});
