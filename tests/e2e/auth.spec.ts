import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ACCOUNTS } from '../helpers/accounts';
import { SignInPage } from './pages/sign-in-page';

test('sign-in answers an unknown email and a wrong password alike, then signs the analyst in and out', async ({
  page,
}) => {
  test.setTimeout(120_000); // each attempt is a deliberately slow scrypt verification
  const signIn = new SignInPage(page);
  await signIn.open();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await signIn.signInRefused('nobody@parley.test', 'whatever password');
  await expect(signIn.error).toHaveText('Wrong email or password.');
  await expect(page.getByLabel('Email')).toHaveValue('nobody@parley.test');
  await signIn.signInRefused(ACCOUNTS.signIn.email, 'not the password');
  await expect(signIn.error).toHaveText('Wrong email or password.');
  await signIn.signIn(ACCOUNTS.signIn.email, ACCOUNTS.signIn.password);
  await expect(page.getByRole('link', { name: 'New event' })).toBeVisible({ timeout: 60_000 });
  const cookie = (await page.context().cookies()).find((c) => c.name.includes('session_token'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New event' })).toHaveCount(0);
});

test('a signed-out visitor sees no edit controls and is sent to sign in from the forms', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New event' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Records' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await page.goto('/events/ukraine-us-talks-riyadh-2025-03-23/edit');
  await expect(page).toHaveURL(/\/sign-in\?next=/);
});

test('signing in through the form with a next that a browser reads as another site ends on this site', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000); // one deliberately slow scrypt verification
  await page.goto('/sign-in?next=/%5Cevil.example');
  await new SignInPage(page).signIn(ACCOUNTS.second.email, ACCOUNTS.second.password);
  await expect(page).toHaveURL(`${baseURL}/`);
  // Signed in now, the page bounces at once: with a tab in the path as well.
  await page.goto('/sign-in?next=/%09/evil.example');
  await expect(page).toHaveURL(`${baseURL}/`);
});
