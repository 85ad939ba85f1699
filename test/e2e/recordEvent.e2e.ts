// Recording a custom event in the built demo: the event names who recorded it, and the confirmation says only what
// is true wherever the log's filters and sort put the event. Also the suggested "Severe events" view, which must
// count what the summary's "Severe this week" counts.
import { demoIdentities } from '@auditkit/mock-api';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { apiList, columnValues, resultCount, waitForRows } from './support/auditLog.ts';
import { auditLogSession } from './support/auditLogSession.ts';

const session = auditLogSession();
const ada = demoIdentities.tenantAAdmin;

/** Fills and sends the "Record a custom event" form, and returns the confirmation it shows. */
async function record(page: Page, action: string, severity = 'Info'): Promise<string> {
  await page.getByText('Record a custom event').click();
  const form = page.getByRole('form', { name: 'Record a custom event' });
  await form.getByLabel('Action').fill(action);
  await form.getByLabel('Severity').selectOption(severity);
  await form.getByRole('button', { name: 'Record event' }).click();
  const status = page.getByRole('status').filter({ hasText: /^Recorded “/ });
  await status.waitFor();
  return status.innerText();
}

describe('recording a custom event', () => {
  test('names the signed-in person as its user, in the table and in the stored event, not "System"', async () => {
    const { page } = await session.open();
    const action = `Rotated API key ${Date.now()}`;
    const said = await record(page, action);

    // No filter and newest first: the event is the top row.
    await expect.poll(async () => (await columnValues(page, 'Action'))[0]).toBe(action);
    const [user] = await columnValues(page, 'User');
    expect(user).toBe(`${ada.name} ${ada.email}`);

    const stored = (await apiList(page, { count: 1, offset: 0, filter: action })).data[0];
    expect(stored).toMatchObject({ user: ada.name, email: ada.email, userId: ada.userId });
    expect(said).toBe(`Recorded “${action}”.`);
  });

  test('confirms the event without promising where it shows, when the filter leaves it out', async () => {
    const { page } = await session.open('?audit.sev=Critical');
    const action = `Exported billing report ${Date.now()}`;
    expect(await record(page, action, 'Info')).toBe(`Recorded “${action}”.`);

    await waitForRows(page);
    expect(await columnValues(page, 'Action')).not.toContain(action);
  });
});

test('the "Severe events" view, over the last 7 days, counts what "Severe this week" counts', async () => {
  const { page } = await session.open();
  await page.getByRole('button', { name: 'Views', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Severe events' }).click();
  await page.getByRole('combobox', { name: 'Time range' }).selectOption({ label: 'Last 7 days' });

  const severe = page
    .getByRole('region', { name: 'Audit summary' })
    .locator('[data-slot="audit-stat"]')
    .filter({ hasText: 'Severe this week' })
    .getByRole('definition');
  await expect.poll(async () => /^[\d,]+$/.test(await severe.innerText())).toBe(true);
  const counted = Number((await severe.innerText()).replace(/\D/g, ''));
  expect(counted).toBeGreaterThan(0);
  await expect.poll(() => resultCount(page)).toBe(counted);
});
