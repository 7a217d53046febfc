// A session with two parties' readouts, entered through the write API as an analyst would:
// a point where the accounts differ, one where Russia sets a condition, one Russia says nothing
// on, and a claim of each side that no point groups.
import { expect, type APIRequestContext } from '@playwright/test';
import { unique } from './accounts';

type Saved = { slug: string };

async function created(request: APIRequestContext, path: string, data: Record<string, unknown>): Promise<Saved> {
  const response = await request.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

export type ReadoutSession = {
  event: string;
  title: string;
  usReadout: { slug: string; title: string; url: string };
  ruReadout: { slug: string; title: string; url: string };
};

export const QUOTES = {
  usEnergy: 'pause strikes against energy facilities',
  ruEnergy: 'a 30-day moratorium on strikes on energy infrastructure',
  usSea: 'ensure safe navigation in the Black Sea',
  ruSea: 'safe navigation once sanctions on farm exports are lifted',
  usPrisoners: 'exchange 175 prisoners on each side',
  ruAside: 'the root causes of the conflict must be addressed',
} as const;

export async function enterReadoutSession(request: APIRequestContext): Promise<ReadoutSession> {
  const title = unique('Readout comparison talks');
  const event = await created(request, '/api/events', {
    kind: 'talks_session',
    title,
    startsAt: '2025-03-25T10:00',
    timeZone: 'Asia/Riyadh',
    precision: 'minute',
    status: 'held',
  });
  const readout = async (party: string, name: string, publisher: string) => {
    const sourceTitle = unique(name);
    const url = `https://example.org/${party}/${encodeURIComponent(sourceTitle)}`;
    const source = await created(request, '/api/sources', {
      title: sourceTitle,
      publisher,
      url,
      kind: 'readout',
      party,
    });
    return { slug: source.slug, title: sourceTitle, url };
  };
  const usReadout = await readout('united-states', 'White House readout', 'The White House');
  const ruReadout = await readout('russia', 'Kremlin readout', 'The Kremlin');
  const claim = (party: string, source: string, exact: string, extra: Record<string, unknown> = {}) =>
    created(request, '/api/claims', {
      event: event.slug,
      party,
      source,
      kind: 'assertion',
      quote: { exact, prefix: '', suffix: '' },
      attribution: 'official_readout',
      confidence: 'high',
      ...extra,
    });
  const usEnergy = await claim('united-states', usReadout.slug, QUOTES.usEnergy, { person: 'steve-witkoff' });
  const ruEnergy = await claim('russia', ruReadout.slug, QUOTES.ruEnergy);
  const usSea = await claim('united-states', usReadout.slug, QUOTES.usSea, { kind: 'commitment' });
  const ruSea = await claim('russia', ruReadout.slug, QUOTES.ruSea, { kind: 'demand', person: 'vladimir-putin' });
  const usPrisoners = await claim('united-states', usReadout.slug, QUOTES.usPrisoners);
  await claim('russia', ruReadout.slug, QUOTES.ruAside);
  await created(request, '/api/points', {
    event: event.slug,
    label: 'Scope of the strike moratorium',
    alignment: 'diverges',
    claims: [usEnergy.slug, ruEnergy.slug],
  });
  await created(request, '/api/points', {
    event: event.slug,
    label: 'Black Sea navigation',
    alignment: 'conditional',
    claims: [usSea.slug, ruSea.slug],
  });
  await created(request, '/api/points', {
    event: event.slug,
    label: 'Prisoner exchange',
    alignment: 'agreed',
    claims: [usPrisoners.slug],
  });
  return { event: event.slug, title, usReadout, ruReadout };
}
