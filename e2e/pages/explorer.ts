import { expect, type Page } from '@playwright/test';

/** Page object for finding an operation, filling the Invoke API form and reading the answer. */
export class Explorer {
  constructor(private readonly page: Page) {}

  async searchAndOpen(query: string, option: RegExp) {
    await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await this.page.keyboard.press('/');
    const search = this.page.getByRole('combobox', { name: 'Search APIs' });
    await expect(search).toBeFocused();
    await search.fill(query);
    await this.page
      .getByRole('listbox', { name: 'Search results' })
      .getByRole('option', { name: option })
      .first()
      .click();
  }

  async openInvoke() {
    await this.page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
    await this.page.getByRole('button', { name: 'Invoke API' }).click();
    await expect(this.page.getByRole('button', { name: 'Send' })).toBeVisible();
  }

  async send() {
    await this.page.getByRole('button', { name: 'Send' }).click();
  }

  status() {
    return this.page.getByTestId('response-status');
  }

  /** The raw body text, from the Raw tab of the response. */
  async rawBody(): Promise<string> {
    const response = this.page.getByRole('region', { name: 'Response', exact: true });
    await response.getByRole('tab', { name: 'Raw' }).click();
    return (
      (await response.getByRole('tabpanel').filter({ visible: true }).locator('pre').first().textContent()) ??
      ''
    );
  }

  async snippet(label: 'cURL' | 'Python'): Promise<string> {
    await this.page.getByRole('tablist', { name: 'Code snippets' }).getByRole('tab', { name: label }).click();
    await this.page.getByRole('button', { name: `Copy ${label}` }).click();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
