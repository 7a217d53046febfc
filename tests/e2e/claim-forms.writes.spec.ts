// The analyst's claim and point forms: claims quoted from a readout's text by choosing a
// sentence or selecting words, grouped into a point of the session, drafts kept over a reload,
// and bad input answered beside the field.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { storageStateFor, unique } from '../helpers/accounts';

test.use({ storageState: storageStateFor('analyst') });

const TEXT = [
  'The delegations met in Riyadh for twelve hours.',
  'The United States will help restore safe navigation in the Black Sea.',
  'Both sides agreed to develop measures for a ban on strikes against energy facilities.',
].join(' ');

type ClaimItem = {
  slug: string;
  party: { slug: string };
  kind: string;
  topics: { slug: string }[];
  quote: { exact: string; prefix: string; suffix: string };
};

async function created<T>(request: APIRequestContext, path: string, data: Record<string, unknown>): Promise<T> {
  const response = await request.post(path, { data });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

function session(request: APIRequestContext) {
  return created<{ slug: string; title: string }>(request, '/api/events', {
    kind: 'talks_session',
    title: unique('Riyadh technical talks'),
    startsAt: '2025-03-24T10:00',
    timeZone: 'Asia/Riyadh',
    precision: 'minute',
    status: 'held',
  });
}

async function pick(page: Page, label: string | RegExp, text: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(text);
  await box.press('Enter');
}

/** The W3C quote of `exact` in the text: up to 32 characters either side. */
function quoteOf(exact: string) {
  const start = TEXT.indexOf(exact);
  return {
    exact,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(start + exact.length, start + exact.length + 32),
  };
}

async function claimsOf(request: APIRequestContext, event: string): Promise<ClaimItem[]> {
  return (await (await request.get(`/api/claims?event=${event}`)).json()).items;
}

test('claims are quoted from a readout’s text and grouped into a point of the session', async ({ page }) => {
  test.setTimeout(90_000);
  const event = await session(page.request);

  // The source form: a readout must name its issuing party, next to the field.
  await page.goto('/sources/new');
  await page.getByLabel('Title', { exact: true }).fill(unique('White House readout'));
  await page.getByLabel('Publisher', { exact: true }).fill('The White House');
  await expect(page.getByRole('combobox', { name: 'Issued by (party)' })).toHaveCount(0);
  await page.getByLabel('Kind of source').selectOption('readout');
  await page.getByLabel('Text', { exact: true }).fill(TEXT);
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page.getByRole('combobox', { name: 'Issued by (party)' })).toHaveAccessibleDescription(
    /must name the party whose readout this is/,
  );
  await pick(page, 'Issued by (party)', 'United States');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/sources\/[^/]+\/edit$/);

  // A sentence chosen with the keyboard opens the claim form with its quote and the issuer.
  const sentence = 'The United States will help restore safe navigation in the Black Sea.';
  await page.getByRole('button', { name: sentence }).focus();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'New claim' });
  await expect(form.getByRole('combobox', { name: 'Party making the claim' })).toHaveValue('United States');
  await pick(page, 'Session (event)', event.title);
  await form.getByLabel('Kind of claim').selectOption('commitment');
  await pick(page, 'Add a topic', 'Black Sea shipping');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the claim.' })).toBeVisible();
  // Saved claims are marked in the text.
  await expect(page.getByRole('group', { name: 'The source’s text' }).locator('mark')).toHaveText([sentence]);

  // Words selected with the mouse (here, by the selection API) quote only those words.
  const words = 'a ban on strikes against energy facilities';
  await page.getByRole('group', { name: 'The source’s text' }).evaluate((container, exact) => {
    const node = [...container.querySelectorAll('[data-sentence]')]
      .map((s) => s.firstChild!)
      .find((n) => n.textContent!.includes(exact))!;
    const range = document.createRange();
    const at = node.textContent!.indexOf(exact);
    range.setStart(node, at);
    range.setEnd(node, at + exact.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, words);
  await page.getByRole('button', { name: 'Quote the selected words' }).click();
  await expect(form.locator('blockquote mark')).toHaveText(words);
  await pick(page, 'Session (event)', event.title);
  await pick(page, 'Party making the claim', 'Russia');
  await pick(page, 'Add a topic', 'Energy infrastructure');
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(page.getByRole('group', { name: 'The source’s text' }).locator('mark')).toHaveText([sentence, words]);

  const claims = await claimsOf(page.request, event.slug);
  expect(claims.map((c) => [c.party.slug, c.kind, c.topics.map((t) => t.slug), c.quote])).toEqual([
    ['united-states', 'commitment', ['black-sea-shipping'], quoteOf(sentence)],
    ['russia', 'assertion', ['energy-infrastructure'], quoteOf(words)],
  ]);

  // The claims are in the records workspace, and edited through the same versioned writes.
  await page.goto('/records');
  await page.getByRole('link', { name: `Russia: “${words}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/claims/${claims[1].slug}/edit$`));
  await page.getByLabel('Kind of claim').selectOption('demand');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the claim.' })).toBeVisible();
  expect((await claimsOf(page.request, event.slug))[1]).toMatchObject({ kind: 'demand', quote: quoteOf(words) });

  // The session's points: reached from the event's edit page.
  await page.goto(`/events/${event.slug}/edit`);
  await page.getByRole('link', { name: 'Points: group this session’s claims' }).click();
  const point = page.getByRole('form', { name: 'New point' });
  await point.getByLabel('Point', { exact: true }).fill('Black Sea and energy');
  await point.getByLabel('How the accounts align').selectOption('diverges');
  await point.getByRole('checkbox', { name: new RegExp(sentence.slice(0, 30)) }).check();
  await point.getByRole('checkbox', { name: new RegExp(words) }).check();
  await point.getByRole('button', { name: 'Create point' }).click();
  await expect(page.getByRole('form', { name: 'Edit point “Black Sea and energy”' })).toBeVisible();

  const readouts = await (await page.request.get(`/api/events/${event.slug}/readouts`)).json();
  expect(
    readouts.points.map((p: { label: string; alignment: string; claims: { slug: string }[] }) => [
      p.label,
      p.alignment,
      p.claims.map((c) => c.slug).sort(),
    ]),
  ).toEqual([['Black Sea and energy', 'diverges', claims.map((c) => c.slug).sort()]]);
});

test('a typed claim survives a reload, and a claim without a session is refused beside the field, at 360 px', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const source = await created<{ slug: string }>(page.request, '/api/sources', {
    title: unique('Kremlin readout'),
    publisher: 'The Kremlin',
    kind: 'readout',
    party: 'russia',
    text: TEXT,
  });
  await page.goto(`/sources/${source.slug}/edit`);
  const form = page.getByRole('form', { name: 'New claim' });
  // A click before the page is interactive does nothing: choose the sentence until the form opens.
  await expect(async () => {
    await page.getByRole('button', { name: 'The delegations met in Riyadh for twelve hours.' }).click();
    await expect(form).toBeVisible({ timeout: 1000 });
  }).toPass();
  await form.getByRole('button', { name: 'Save claim' }).click();
  await expect(form.getByRole('combobox', { name: 'Session (event)' })).toHaveAccessibleDescription(/is required/);

  await form.getByLabel('Paraphrase (optional)').fill('Twelve hours of talks');
  await page.reload();
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(form.getByLabel('Paraphrase (optional)')).toHaveValue('Twelve hours of talks');
  await expect(form.locator('blockquote mark')).toHaveText('The delegations met in Riyadh for twelve hours.');
  // Nothing at this width is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
