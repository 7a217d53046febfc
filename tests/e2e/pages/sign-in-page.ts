import { expect, type Page } from '@playwright/test';

export class SignInPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/sign-in');
    await expect(this.page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  }

  private get button() {
    return this.page.getByRole('button', { name: /^Sign(ing)? in/ });
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.button.click();
  }

  /** Signs in with credentials that must fail, and waits until the form is ready again. */
  async signInRefused(email: string, password: string) {
    // Each attempt is a slow scrypt verification, and the previous attempt's message is the same
    // words as this one's: wait for the answer, then for React to commit it (and reset the form).
    const answered = this.page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/sign-in'), {
      timeout: 60_000,
    });
    await this.signIn(email, password);
    await answered;
    await expect(this.button).toHaveText('Sign in');
  }

  get error() {
    return this.page.locator('form').getByRole('alert');
  }
}
