// Issue 16's yardstick: the seed article's Ukraine–U.S. session entered from the source's text
// through source-first entry, every action counted (against 55–74 through the plain form), and
// the saved event checked field by field. A half-reviewed draft survives a reload.
import { expect, test, type Page } from '@playwright/test';
import { ARTICLE_TEXT } from '@/db/seed/riyadh-2025-article';
import { storageStateFor } from '../helpers/accounts';
import { CountedActions } from './pages/counted-actions';

test.use({ storageState: storageStateFor('analyst') });

const SOURCE = 'nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks';
const FIRST = 'Ukraine was the first to hold talks with the United States, on Sunday.';
const UMEROV = ARTICLE_TEXT.slice(
  ARTICLE_TEXT.indexOf('Rustem Umerov, the'),
  ARTICLE_TEXT.indexOf('five hours later.') + 'five hours later.'.length,
);

const draft = (page: Page) => page.getByLabel('Draft event', { exact: true });

test('the seed article’s Ukraine–U.S. session is entered from its text in at most 15 actions', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const act = new CountedActions();
  await page.goto(`/sources/${SOURCE}/edit`);

  await act.click(page.getByRole('link', { name: 'Enter an event from this source' }));
  await expect(page.getByRole('heading', { name: 'New event from a source' })).toBeVisible();
  await expect(page.getByLabel('The source’s text')).toHaveValue(ARTICLE_TEXT);
  await act.click(page.getByRole('button', { name: 'Read the source' }));

  const review = draft(page);
  await expect(review.getByLabel('Title')).toHaveValue('Russia–Ukraine–NATO–U.S. talks in Riyadh');
  // Mentioned, but not at this table.
  await act.click(review.getByRole('checkbox', { name: 'Russia', exact: true }));
  await act.click(review.getByRole('checkbox', { name: 'NATO', exact: true }));
  await act.click(review.getByRole('checkbox', { name: 'Territorial control', exact: true }));
  await expect(review.getByLabel('Title')).toHaveValue('Ukraine–U.S. talks in Riyadh');

  for (const sentence of [FIRST, UMEROV]) {
    await act.click(page.getByRole('button', { name: sentence, exact: true }));
    await act.click(page.getByRole('button', { name: 'Cite this' }));
  }
  await act.click(page.getByRole('button', { name: 'Open event form' }));

  await expect(page.getByRole('heading', { name: 'New event' })).toBeVisible();
  await act.click(page.getByRole('button', { name: 'Restore them' }));
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Ukraine–U.S. talks in Riyadh');
  await act.click(page.getByRole('button', { name: 'Create event' }));
  await expect(page).toHaveURL(/\/events\/ukraine-u-?s-talks-in-riyadh/);

  const slug = new URL(page.url()).pathname.split('/').at(-1)!;
  const saved = await (await request.get(`/api/events/${slug}`)).json();
  expect(saved).toMatchObject({
    kind: 'talks_session',
    title: 'Ukraine–U.S. talks in Riyadh',
    status: 'held',
    startsAt: '2025-03-23T15:30:00.000Z',
    endsAt: '2025-03-23T20:30:00.000Z',
    timeZone: 'Europe/Kyiv',
    precision: 'minute',
    approximate: true,
    endApproximate: true,
    location: { slug: 'riyadh' },
  });
  expect(saved.parties.map((p: { slug: string; role: string }) => `${p.slug}:${p.role}`).sort()).toEqual([
    'saudi-arabia:host',
    'ukraine:delegation',
    'united-states:mediator',
  ]);
  expect(
    saved.people.map(
      (p: { slug: string; role: string; party: { slug: string } | null }) => `${p.slug}:${p.role}:${p.party?.slug}`,
    ),
  ).toEqual(['rustem-umerov:head_of_delegation:ukraine']);
  expect(saved.topics.map((t: { slug: string }) => t.slug).sort()).toEqual(['ceasefire', 'energy-infrastructure']);
  expect(
    saved.citations.map(
      (c: {
        excerpt: string;
        attribution: string;
        attributedTo: { slug: string } | null;
        source: { slug: string };
      }) => [c.excerpt, c.attribution, c.attributedTo?.slug ?? null, c.source.slug],
    ),
  ).toEqual([
    [FIRST, 'reporter', null, SOURCE],
    [UMEROV, 'on_record_official', 'rustem-umerov', SOURCE],
  ]);

  console.log(`Entering the seed session from its source took ${act.count} actions`);
  expect(act.count).toBeLessThanOrEqual(15);
});

test('a half-reviewed draft survives a reload, and nothing is sent to be saved', async ({ page }) => {
  // Reading the source is the one request that is not a plain GET; a save would be another.
  const writes: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' && !r.url().endsWith('/api/extract')) writes.push(`${r.method()} ${r.url()}`);
  });
  await page.goto(`/events/from-source?source=${SOURCE}`);
  await page.getByRole('button', { name: 'Read the source' }).click();
  await draft(page).getByRole('checkbox', { name: 'Russia', exact: true }).click();
  await page.getByRole('button', { name: FIRST, exact: true }).click();
  await page.getByRole('button', { name: 'Cite this' }).click();

  await page.reload();
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(draft(page).getByRole('checkbox', { name: 'Russia', exact: true })).not.toBeChecked();
  await expect(draft(page).getByRole('checkbox', { name: 'Ukraine', exact: true })).toBeChecked();
  await expect(draft(page).getByRole('listitem').filter({ hasText: FIRST })).toBeVisible();
  expect(writes).toEqual([]);
});

test('bad input is answered next to its field', async ({ page }) => {
  await page.goto('/events/from-source');
  await page.getByLabel('Published (local time or date)').fill('last Sunday');
  await page.getByRole('button', { name: 'Read the source' }).click();
  await expect(page.getByLabel('The source’s text')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('is required: paste the source’s text')).toBeVisible();
  await expect(page.getByLabel('Published (local time or date)')).toHaveAttribute('aria-invalid', 'true');
});

test('a chosen sentence can become a claim that waits, quote and all, in the source’s claim form', async ({ page }) => {
  const quote =
    '“The discussion was productive and focused – we addressed key points including energy,” he wrote on social media, without offering details.';
  await page.goto(`/events/from-source?source=${SOURCE}`);
  await page.getByRole('button', { name: 'Read the source' }).click();
  await page.getByRole('button', { name: quote, exact: true }).click();
  await page.getByRole('button', { name: 'Make it a claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'waits in' })).toBeVisible();
  const stored = await page.evaluate(
    (key) => JSON.parse(window.localStorage.getItem(key) ?? 'null'),
    `parley:draft:claim:new:${SOURCE}`,
  );
  const start = ARTICLE_TEXT.indexOf(quote);
  expect(stored.values).toMatchObject({
    party: 'ukraine',
    person: 'rustem-umerov',
    attribution: 'social_media_post',
    source: SOURCE,
    quote: {
      exact: quote,
      prefix: ARTICLE_TEXT.slice(start - 32, start),
      suffix: ARTICLE_TEXT.slice(start + quote.length, start + quote.length + 32),
    },
  });

  await page.getByRole('link', { name: 'the source’s claim form' }).click();
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(page.getByText(quote).last()).toBeVisible();
});

test('an uploaded HTML page becomes the text a reader sees; a file of another kind is refused by its field', async ({
  page,
}) => {
  await page.goto('/events/from-source');
  const upload = page.getByLabel('Or upload a file (.txt, .md, .html)');
  const html =
    '<html><head><style>p{}</style><script>alert(1)</script></head><body><nav>Menu</nav>' +
    '<h1>Talks end</h1><p>The delegations met in <b>Riyadh</b> on Sunday.</p><p>Umerov said so.</p></body></html>';
  await upload.setInputFiles({ name: 'story.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByLabel('The source’s text')).toHaveValue(
    'Talks end\n\nThe delegations met in Riyadh on Sunday.\n\nUmerov said so.',
  );
  await upload.setInputFiles({ name: 'story.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await expect(upload).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('must be a .txt, .md or .html file')).toBeVisible();
});

test('a pasted text is saved as a new source, with its publisher, date and address, from the source picker', async ({
  page,
  request,
}) => {
  const text = 'ISTANBUL — Russian and Ukrainian delegations met at Ciragan Palace on Monday. Umerov said so.';
  const title = `Istanbul talks report ${Date.now().toString(36)}`;
  await page.goto('/events/from-source');
  await page.getByLabel('The source’s text').fill(text);
  await page.getByLabel('Published (local time or date)').fill('2025-06-02');
  await page.getByLabel('Publisher', { exact: true }).fill('Example Wire');
  await page.getByLabel('Web address').fill('https://example.org/istanbul');
  const picker = page.getByRole('combobox', { name: 'Source record (for citations)' });
  await picker.fill(title);
  await page.getByRole('option', { name: `New source: “${title}”` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Publisher', { exact: true })).toHaveValue('Example Wire');
  await dialog.getByRole('button', { name: /^Create / }).click();
  await expect(dialog).toBeHidden();
  await expect(picker).toHaveValue(title);

  const sources = (await (await request.get('/api/sources')).json()).items as {
    title: string;
    publisher: string;
    url: string;
    publishedOn: string;
    text: string;
  }[];
  expect(sources.find((s) => s.title === title)).toMatchObject({
    publisher: 'Example Wire',
    url: 'https://example.org/istanbul',
    publishedOn: '2025-06-02',
    text,
  });
});
