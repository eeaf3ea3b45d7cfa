import { expect, type Page } from '@playwright/test';

/** Page object for /import: choose a file or paste text, read the result. */
export class Importer {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/import');
    await expect(this.page.getByRole('heading', { name: 'Import an API description' })).toBeVisible();
  }

  result() {
    return this.page.getByRole('region', { name: 'Import result' });
  }

  /** Imports a file and waits until the document is listed and stored in the browser. */
  async importFile(file: string, options: { expectStored?: boolean } = {}) {
    await this.page.getByLabel('API description file').setInputFiles(file);
    if (options.expectStored !== false) await this.waitStored();
  }

  async paste(text: string, options: { expectStored?: boolean } = {}) {
    await this.page.getByLabel('API description (JSON or YAML)').fill(text);
    await this.page.getByRole('button', { name: 'Import pasted text' }).click();
    if (options.expectStored !== false) await this.waitStored();
  }

  async waitStored() {
    // The 3.4 MB DaaS document is normalised and stored in the worker: slow on a busy machine, never timed.
    await expect(this.result().getByRole('link', { name: /^Open / })).toBeVisible({ timeout: 90_000 });
  }

  /** The "N operations" status of the listed document. */
  operationCount() {
    return this.result().getByTestId('operation-count');
  }

  problems() {
    return this.result().getByTestId('import-problem');
  }
}
