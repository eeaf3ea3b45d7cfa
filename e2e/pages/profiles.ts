import { expect, type Page } from '@playwright/test';

import { AuthFlow } from './auth';

/** Page object for connection profiles: the header's picker and the Set Authentication dialog's profile field. */
export class Profiles {
  readonly auth: AuthFlow;

  constructor(private readonly page: Page) {
    this.auth = new AuthFlow(page);
  }

  switcher() {
    return this.page.getByRole('banner').getByRole('combobox', { name: 'Profile' });
  }

  /** "New profile…" in the header opens Set Authentication for a new profile. */
  async startNew(name: string) {
    await expect(this.switcher()).toBeEnabled();
    await this.switcher().selectOption({ label: 'New profile…' });
    await expect(this.auth.dialog()).toBeVisible();
    await expect(this.auth.dialog().getByLabel('Save to profile')).toHaveValue('new');
    await this.auth.dialog().getByLabel('Profile name').fill(name);
  }

  async newWithDemoClient(name: string) {
    await this.startNew(name);
    await this.auth.dialog().getByRole('button', { name: 'Use the sandbox demo client' }).click();
    await expect(this.auth.dialog()).toBeHidden();
  }

  async newWithClient(
    name: string,
    credentials: { customerId: string; clientId: string; clientSecret: string },
  ) {
    await this.startNew(name);
    const dialog = this.auth.dialog();
    await dialog.getByLabel('Region').selectOption({ label: 'Sandbox' });
    await dialog.getByLabel('Customer ID', { exact: true }).fill(credentials.customerId);
    await dialog.getByLabel('Client ID', { exact: true }).fill(credentials.clientId);
    await dialog.getByLabel('Secret', { exact: true }).fill(credentials.clientSecret);
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await expect(dialog).toBeHidden();
  }

  async switchTo(name: string) {
    await expect(this.switcher()).toBeEnabled();
    const option = this.switcher().locator('option', { hasText: new RegExp(`^${name} · `) });
    await this.switcher().selectOption((await option.getAttribute('value'))!);
  }
}
