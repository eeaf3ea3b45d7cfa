import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';

/**
 * Issue 12, defect 1: a ~720 KB JSON body pasted into a form replaced the page with "This page
 * couldn't load" (a stack overflow while printing the snippets). Large and deeply nested bodies
 * now get a sentence in the snippets panel instead, and the form stays usable.
 */
test('a 1 MB body and a 10,000-deep body: the page stays, the snippets say why they are not shown', async ({
  page,
}) => {
  // Filling a 1 MB textarea is slow on a busy machine; the assertions, not the clock, decide.
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/apis/notifications/Notifications_CreateItems');
  await new AuthFlow(page).useDemoClient();
  const explorer = new Explorer(page);
  await explorer.openInvoke();
  const snippets = page.getByRole('tablist', { name: 'Code snippets' });
  await expect(snippets).toBeVisible();

  const large = JSON.stringify({
    severity: 'Information',
    content: [{ languageTag: 'en-US', title: 'Large body', description: 'x' }],
    padding: Array.from({ length: 32_000 }, (_, index) => ({ index, name: `item ${index}` })),
  });
  expect(large.length).toBeGreaterThan(1024 * 1024);
  await page.getByLabel('Request body').fill(large);
  await expect(page.getByText(/The request body is too large to show a snippet \(1\.\d MB/)).toBeVisible();
  await expect(snippets).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send' })).toBeEnabled();

  await page.getByLabel('Request body').fill('['.repeat(10_000) + ']'.repeat(10_000));
  await expect(page.getByText(/nested too deeply to show a snippet/)).toBeVisible();

  // Back to an ordinary body: the snippets return.
  await page.getByLabel('Request body').fill('{"severity": "Information"}');
  await expect(snippets).toBeVisible();
  expect(errors).toEqual([]);
});
