// The yardstick: a session's outcome, a two-party exchange of 1,000 prisoners each agreed
// at the session and later implemented in stages, entered from the session's page in at most 15
// actions, then found on the session, the tracker, both parties' pages, the calendar and the API.
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { storageStateFor, unique } from '../helpers/accounts';
import { CountedActions } from './pages/counted-actions';

test.use({ storageState: storageStateFor('analyst') });

const SESSION = 'riyadh-talks-march-2025';

test('a prisoner exchange agreed at a session and implemented in stages is entered in at most 15 actions', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const text = unique('Exchange 1,000 prisoners each');
  const act = new CountedActions();
  await page.goto(`/events/${SESSION}`);

  await act.click(page.getByRole('link', { name: 'Add an outcome' }));
  const form = page.getByRole('form', { name: 'Add a commitment' });
  await act.click(form.getByRole('checkbox', { name: 'Russia', exact: true }));
  await act.click(form.getByRole('checkbox', { name: 'Ukraine', exact: true }));
  await act.fill(form.getByLabel('What they commit to'), text);
  await act.fill(form.getByLabel('How many (where it is a number)'), '1000');
  await act.fill(form.getByLabel('Of what'), 'prisoners');
  await act.fill(form.getByLabel('Deadline', { exact: true }), '2025-04-30');
  // Agreed at this session, from the session's source: the defaults.
  await act.click(form.getByRole('button', { name: 'Add the commitment' }));
  await expect(page).toHaveURL(/\/commitments\/[a-z0-9-]+\/edit\?saved=1$/);
  const slug = new URL(page.url()).pathname.split('/')[2];

  // Implemented in stages: first partly, then in full (each the form's next likely status).
  for (const [status, since] of [
    ['partly_implemented', '2025-04-05'],
    ['implemented', '2025-04-19'],
  ]) {
    const statusForm = page.getByRole('form', { name: 'Add a status' });
    await expect(statusForm.getByLabel('New status')).toHaveValue(status);
    await act.fill(statusForm.getByLabel('Since'), since);
    await act.click(statusForm.getByRole('button', { name: 'Add the status' }));
    await expect(page.getByText(`now ${status.replace('_', ' ')}`)).toBeVisible();
  }
  expect(act.count).toBeLessThanOrEqual(15);
  test.info().annotations.push({ type: 'actions', description: String(act.count) });

  const api = await (await request.get(`/api/commitments/${slug}`)).json();
  expect(api).toMatchObject({
    text,
    quantity: 1000,
    unit: 'prisoners',
    status: 'implemented',
    event: { slug: SESSION },
    parties: [{ slug: 'russia' }, { slug: 'ukraine' }],
  });
  expect(api.statusHistory.map((change: { status: string }) => change.status)).toEqual([
    'agreed',
    'partly_implemented',
    'implemented',
  ]);
  expect(api.statusHistory[0].source.slug).toBe('nyt-2025-03-23-russia-ukraine-hold-us-mediated-talks');

  await page.goto(`/events/${SESSION}`);
  await expect(page.getByRole('region', { name: 'Outcomes' }).getByRole('link', { name: text })).toBeVisible();
  await page.goto('/commitments?status=implemented');
  await expect(page.getByRole('link', { name: text })).toBeVisible();
  for (const party of ['russia', 'ukraine']) {
    await page.goto(`/parties/${party}`);
    await expect(page.getByRole('region', { name: 'Commitments' }).getByRole('link', { name: text })).toBeVisible();
  }
  // Where a party claims otherwise, its claim stands beside the reported status.
  const claimed = await request.post(`/api/commitments/${slug}/status`, {
    data: {
      version: api.version,
      status: 'violated',
      at: '2025-04-20',
      claimedBy: 'ukraine',
      source: api.statusHistory[0].source.slug,
    },
  });
  expect(claimed.status(), await claimed.text()).toBe(201);
  await page.goto(`/commitments/${slug}`);
  const sideBySide = page.getByRole('table', { name: 'Reported status and the parties’ claims' });
  await expect(sideBySide.getByRole('row', { name: /Reported/ })).toContainText('Implemented');
  await expect(sideBySide.getByRole('row', { name: /Ukraine claims/ })).toContainText('Violated');

  const ics = new ICAL.Component(ICAL.parse(await (await request.get('/api/exports/events.ics')).text()));
  expect(ics.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))).toContain(
    `commitment-${slug}-deadline@parley`,
  );
});
