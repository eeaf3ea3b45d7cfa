import { expect, test } from './fixtures';
import { AuthFlow } from './pages/auth';
import { Explorer } from './pages/explorer';
import { browserStorageDump, JWT_PATTERN } from './storage-sweep';
import { CANARY } from './test-env';

test.describe('call history', () => {
  test('is filled by calls, searched, re-opened into the form, cleared — and never holds a token or secret', async ({
    page,
  }) => {
    await page.goto('/apis/systemlog/GetRecords');
    const auth = new AuthFlow(page);
    await auth.generateWith(CANARY);
    await expect(auth.dialog()).toBeHidden();
    const explorer = new Explorer(page);

    // 1. SystemLog with Limit 3, then its next page (a ContinuationToken, which is not a secret).
    await explorer.openInvoke();
    await page.getByLabel('Limit').fill('3');
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    const firstTransaction = (await page.getByTestId('transaction-id').textContent())!;
    await page.getByRole('button', { name: 'Next page' }).click();
    await expect(page.getByLabel('ContinuationToken')).not.toHaveValue('');
    await expect(explorer.status()).toHaveText('200 OK');

    // 2. The same call with the session's token pasted into Authorization (an override).
    await page.getByRole('button', { name: 'Reveal token' }).click();
    const authorization = page.getByRole('textbox', { name: 'Authorization', exact: true });
    await expect(authorization).toHaveValue(/^CwsAuth Bearer=eyJ/);
    const pasted = await authorization.inputValue();
    await page.getByRole('button', { name: 'Hide token' }).click();
    await authorization.fill(pasted);
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');

    // 3. The token service itself, with a client secret in the form body.
    await page.goto('/apis/token/Tokens_CreateClientToken');
    await explorer.openInvoke();
    await page
      .getByLabel('Request body')
      .fill(
        `grant_type=client_credentials&client_id=${CANARY.clientId}&client_secret=${encodeURIComponent(CANARY.clientSecret)}`,
      );
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    // Fresh tokens are on the page now (the sandbox's answer); none may reach storage.
    expect(await explorer.rawBody()).toMatch(JWT_PATTERN);

    // The compact panel on the operation page lists the call.
    const recent = page.getByRole('region', { name: 'Recent calls' });
    await expect(recent.getByRole('listitem')).toHaveCount(1);
    await expect(recent).toContainText('/cctrustoauth2/');

    // The canary sweep: no JWT and no secret anywhere in localStorage, sessionStorage or IndexedDB.
    const stored = await browserStorageDump(page);
    expect(stored).toContain('GetRecords');
    expect(stored).toContain('ContinuationToken');
    expect(stored).not.toMatch(JWT_PATTERN);
    expect(stored).not.toContain(pasted.replace('CwsAuth Bearer=', ''));
    expect(stored).not.toContain(CANARY.clientSecret);
    expect(stored).not.toContain(encodeURIComponent(CANARY.clientSecret));
    expect(stored).not.toMatch(/client_secret=/);

    // The /history page: all four calls, newest first, with profile, status, duration, transaction id.
    await page.getByRole('banner').getByRole('link', { name: 'History' }).click();
    const rows = page.getByTestId('history-row');
    await expect(rows).toHaveCount(4);
    await expect(rows.first()).toContainText('POST');
    await expect(rows.first()).toContainText('not kept: body client_secret');
    await expect(rows.nth(1)).toContainText('pasted token');
    await expect(rows.nth(3)).toContainText('Default');
    await expect(rows.nth(3)).toContainText('/records?Limit=3');
    await expect(rows.nth(3)).toContainText(firstTransaction);
    await expect(rows.nth(3).getByTestId('history-status')).toHaveText('200');

    // Search: by words of the path, by transaction id, by status.
    const search = page.getByRole('searchbox', { name: 'Search history' });
    await search.fill('cctrustoauth2');
    await expect(rows).toHaveCount(1);
    await search.fill(firstTransaction);
    await expect(rows).toHaveCount(1);
    await search.fill('records 200');
    await expect(rows).toHaveCount(3);
    await search.fill('no-such-call');
    await expect(rows).toHaveCount(0);
    await expect(page.getByTestId('history-count')).toHaveText(/^0 of 4 calls/);
    // The next page and the pasted-token call after it both carried the page cursor.
    await search.fill('continuationtoken');
    await expect(rows).toHaveCount(2);
    await search.fill(firstTransaction);
    await expect(rows).toHaveCount(1);

    // Re-open: the operation page, the form open and filled with what was sent.
    await rows
      .first()
      .getByRole('link', { name: /^Re-open GET/ })
      .click();
    await expect(page).toHaveURL(/\/apis\/systemlog\/GetRecords$/);
    await expect(page.getByTestId('prefill-notice')).toContainText('Filled in from your history');
    await expect(page.getByLabel('Limit')).toHaveValue('3');
    await expect(page.getByLabel('Citrix-CustomerId')).toHaveValue(CANARY.customerId);
    await explorer.send();
    await expect(explorer.status()).toHaveText('200 OK');
    expect((JSON.parse(await explorer.rawBody()) as { Items: unknown[] }).Items).toHaveLength(3);

    // Clear: asked first, then nothing is left.
    await page.goto('/history');
    await expect(rows).toHaveCount(5);
    await page.getByRole('button', { name: 'Clear history' }).click();
    await page
      .getByRole('alertdialog', { name: 'Clear the call history?' })
      .getByRole('button', { name: 'Clear' })
      .click();
    await expect(rows).toHaveCount(0);
    await expect(page.getByTestId('history-count')).toHaveText(/^No calls yet/);
    expect(await browserStorageDump(page)).not.toContain('GetRecords');
  });
});
