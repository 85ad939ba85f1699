// When the server misbehaves: the page says so in words, and recovers when the person retries.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiList, detailButtons, expectCount, recoverServer, waitForRows } from './support/auditLog.ts';
import { auditLogSession } from './support/auditLogSession.ts';

const session = auditLogSession();

async function open(): Promise<Page> {
  return (await session.open()).page;
}

describe('failures and recovery', () => {
  test('server errors show a message and Retry; once the server is back, Retry loads the events', async () => {
    const page = await open();
    await page.getByLabel('Mock API scenario').selectOption({ label: 'Server errors (500)' });

    // The client retries 5xx with backoff (about 7 s in all) before it gives up and says so.
    await page.getByText('The audit log could not be loaded.').waitFor({ timeout: 45_000 });
    expect(await detailButtons(page).count()).toBe(0);

    await recoverServer(page);
    await page.getByRole('button', { name: 'Retry' }).click();
    await waitForRows(page);
    await expectCount(page, (await apiList(page, { count: 1, offset: 0 })).total);
  });

  test('a slow network shows the loading state, then the events', async () => {
    const page = await open();
    await page.getByLabel('Mock API scenario').selectOption({ label: 'Slow network (1.5 s a request)' });
    await page.getByText('Loading events…').waitFor();
    await waitForRows(page);
    expect(await page.getByText('Loading events…').count()).toBe(0);
  });

  test('an empty tenant says there is nothing yet, rather than showing an empty table', async () => {
    const page = await open();
    await page.getByLabel('Mock API scenario').selectOption({ label: 'Empty tenant' });
    await page.getByText('No events have been recorded yet.').waitFor();
    expect(await detailButtons(page).count()).toBe(0);
  });
});
