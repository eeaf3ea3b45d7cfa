import { expect, type Page } from '@playwright/test';

/** Page object for the Set Authentication flow, driven by role and label as a person would. */
export class AuthFlow {
  constructor(private readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'Set Authentication' });
  }

  async open() {
    await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await this.page.getByRole('banner').getByRole('button', { name: 'Set Authentication' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async useDemoClient() {
    await this.open();
    await this.dialog().getByRole('button', { name: 'Use the sandbox demo client' }).click();
    await expect(this.dialog()).toBeHidden();
    await expect(this.page.getByTestId('auth-status')).toContainText(/expires in \d{2}:\d{2}/);
  }

  async generateWith(
    credentials: { customerId: string; clientId: string; clientSecret: string },
    options: { renew?: boolean } = {},
  ) {
    await this.open();
    const dialog = this.dialog();
    await dialog.getByLabel('Region').selectOption({ label: 'Sandbox' });
    await dialog.getByLabel('Customer ID', { exact: true }).fill(credentials.customerId);
    await dialog.getByLabel('Client ID', { exact: true }).fill(credentials.clientId);
    await dialog.getByLabel('Secret', { exact: true }).fill(credentials.clientSecret);
    if (options.renew) await dialog.getByLabel(/Renew automatically/).check();
    await dialog.getByRole('button', { name: 'Generate' }).click();
  }

  async signOut() {
    await this.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    await expect(this.page.getByTestId('auth-status')).toHaveText('Not authenticated');
  }
}
