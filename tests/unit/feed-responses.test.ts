import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { listRecentlyChanged } from '@/db/queries/event-stream';
import { eventAtom } from '@/lib/exports/event-atom';
import { atomFeed, icsExport } from '@/lib/exports/responses';
import { useTemporaryDatabase } from '../helpers/db';

beforeAll(async () => {
  await useTemporaryDatabase();
});

afterEach(() => {
  delete process.env.BETTER_AUTH_URL;
});

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'entry' || name === 'link',
});
type Feed = {
  feed: {
    title: { '#text': string };
    link: { '@_href': string }[];
    entry: { link: { '@_href': string }[]; summary: { '#text': string } }[];
  };
};

/** As `next start` hands a request on: its URL names the address the server listens on. */
const request = (path: string, host: string) => new Request(`http://localhost:3000${path}`, { headers: { host } });

describe('feeds and calendars', () => {
  test('link to the host the request was sent to, not the server’s own address', async () => {
    const feed = xml.parse(
      await (await atomFeed(request('/feeds/events.atom?topic=ceasefire', 'parley.example.org'))).text(),
    ) as Feed;
    const links = [...feed.feed.link, ...feed.feed.entry.flatMap((e) => e.link)].map((l) => l['@_href']);
    expect(links.length).toBeGreaterThan(2);
    for (const href of links) expect(href).toMatch(/^http:\/\/parley\.example\.org\//);
  });

  test('link to BETTER_AUTH_URL when it is set', async () => {
    process.env.BETTER_AUTH_URL = 'https://parley.example.net';
    const text = await (await icsExport(request('/api/exports/events.ics?topic=ceasefire', 'internal:3000'))).text();
    const urls = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('url')));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/parley\.example\.net\/events\//);
  });

  test('are named by the records’ names, not their slugs', async () => {
    const feed = xml.parse(
      await (
        await atomFeed(request('/feeds/events.atom?topic=ceasefire&kind=talks_session', 'parley.example.org'))
      ).text(),
    ) as Feed;
    expect(feed.feed.title['#text']).toBe('Parley events: topic Ceasefire, kind Talks session');
  });

  test('Atom summaries keep their paragraphs and line breaks', async () => {
    const [event] = await listRecentlyChanged({ limit: 1 });
    const text = eventAtom({
      events: [{ ...event, summary: 'First line\nsecond line\n\nNext paragraph' }],
      title: 'Parley events',
      selfUrl: 'https://p.test/feeds/events.atom',
      origin: 'https://p.test',
      updated: null,
    });
    const feed = xml.parse(text) as Feed;
    expect(feed.feed.entry[0].summary['#text']).toContain('<p>First line<br>second line</p><p>Next paragraph</p>');
  });
});
