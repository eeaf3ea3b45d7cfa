import type { Request } from '@playwright/test';

import { expect, test } from './fixtures';

/**
 * The shell's navigation as it boots (issue 13): the sidebar carries the operations of the service
 * shown, not every service's, and links prefetch their page when a person reaches for them, not
 * all at once as the page hydrates.
 */

const isPrefetch = (request: Request) => request.headers()['next-router-prefetch'] === '1';

test('the sidebar draws the operations of the service shown, and another service’s once its group opens', async ({
  page,
}) => {
  // The server's HTML: no service is open on /import, so no operation link is in it.
  const importHtml = await (await page.request.get('/import')).text();
  expect(importHtml).toContain('href="/apis/notifications"');
  expect(importHtml).not.toContain('href="/apis/systemlog/GetRecords"');
  expect(importHtml).not.toContain('href="/apis/notifications/Notifications_GetItems"');
  // On an operation page, its own service's operations only.
  const operationHtml = await (await page.request.get('/apis/systemlog/GetRecords')).text();
  expect(operationHtml).toContain('href="/apis/systemlog/GetRecords"');
  expect(operationHtml).not.toContain('href="/apis/notifications/Notifications_GetItems"');

  await page.goto('/apis/systemlog/GetRecords');
  const catalog = page.getByRole('navigation', { name: 'API catalog' });
  await expect(catalog.getByRole('link', { name: /Get system log records/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(catalog.getByRole('link', { name: /List notifications/ })).toHaveCount(0);
  await catalog.getByRole('button', { name: 'Show Notifications operations' }).click();
  await catalog.getByRole('link', { name: /List notifications/ }).click();
  await expect(page).toHaveURL(/\/apis\/notifications\/Notifications_GetItems$/);
  await expect(catalog.getByRole('link', { name: /List notifications/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // Hiding a group takes its operations out again.
  await catalog.getByRole('button', { name: 'Hide Notifications operations' }).click();
  await expect(catalog.getByRole('link', { name: /List notifications/ })).toHaveCount(0);
});

test('links prefetch on intent (pointer, keyboard focus), not because they are on screen', async ({
  page,
}) => {
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (isPrefetch(request)) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/apis/systemlog/GetRecords');
  await page.waitForLoadState('networkidle');
  // Some thirty links are on screen (header, sidebar, breadcrumbs): none was prefetched.
  expect(prefetched).toEqual([]);

  const catalog = page.getByRole('navigation', { name: 'API catalog' });
  const hovered = page.waitForRequest(
    (request) => isPrefetch(request) && request.url().includes('/apis/notifications?'),
  );
  await catalog.getByRole('link', { name: 'Notifications', exact: true }).hover();
  await hovered;

  const focused = page.waitForRequest(
    (request) => isPrefetch(request) && request.url().includes('/apis/connectors?'),
  );
  await catalog.getByRole('link', { name: 'Connectors', exact: true }).focus();
  await focused;

  // Following the link still navigates, in place (no full page load).
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await catalog.getByRole('link', { name: 'Notifications', exact: true }).click();
  await expect(page).toHaveURL(/\/apis\/notifications$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Notifications');
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(
    true,
  );
});
