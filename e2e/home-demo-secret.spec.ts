import { expect, test } from './fixtures';
import { DEMO } from './test-env';

test('the getting-started steps give the public demo client in full, for the command line', async ({
  page,
}) => {
  await page.goto('/');
  const step = page.getByRole('listitem').filter({ hasText: 'Create an API client' });
  await expect(step).toContainText(DEMO.customerId);
  await expect(step).toContainText(DEMO.clientId);
  await expect(step).toContainText(DEMO.clientSecret);
  await expect(step).toContainText('a public demo value');
});
