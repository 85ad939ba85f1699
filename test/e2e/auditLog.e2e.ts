// What a person does with the audit log, in Chromium against the built demo, checked against the mock's data.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  actionsOf,
  apiList,
  auditTable,
  columnTitles,
  columnValues,
  detailButtons,
  expectActions,
  expectCount,
  mentions,
  rangeText,
  shown,
  waitForRows,
} from './support/auditLog.ts';
import { auditLogSession } from './support/auditLogSession.ts';

const session = auditLogSession();

const open = (search = ''): Promise<{ page: Page; errors: string[] }> => session.open(search);

const day = 86_400_000;
const localInput = (ms: number) => new Date(ms).toISOString().slice(0, 16); // the page runs in UTC

describe('browsing the audit log', () => {
  test('opens on the newest events of the signed-in tenant, 20 a page', async () => {
    const { page, errors } = await open();
    const oracle = await apiList(page, { count: 20, offset: 0 });
    await expectCount(page, oracle.total);
    await expectActions(page, oracle.data);
    expect(await detailButtons(page).count()).toBe(20);
    expect(await rangeText(page).innerText()).toBe(`1–20 of ${oracle.total.toLocaleString('en-US')}`);
    expect(errors).toEqual([]);
  });

  test('search narrows to the events that mention the text, and says how many', async () => {
    const { page } = await open();
    await page.getByRole('combobox', { name: 'Search events' }).fill('Password');

    const oracle = await apiList(page, { count: 20, offset: 0, filter: 'password' });
    expect(oracle.total).toBeGreaterThan(0);
    await expectCount(page, oracle.total);
    await expectActions(page, oracle.data);
    expect(oracle.data.every((event) => mentions(event, 'password'))).toBe(true);
  });

  test('a custom date range shows exactly the events inside it', async () => {
    const { page } = await open();
    const newest = (await apiList(page, { count: 1, offset: 0 })).data[0];
    if (!newest) throw new Error('the tenant has no events');
    const end = Math.floor((Date.parse(newest.createdAt) - 3 * day) / 60_000) * 60_000;
    const start = end - 4 * day;

    await page.getByRole('combobox', { name: 'Time range' }).selectOption({ label: 'Custom range' });
    await page.getByLabel('From', { exact: true }).fill(localInput(start));
    await page.getByLabel('To', { exact: true }).fill(localInput(end));
    await page.getByRole('button', { name: 'Apply' }).click();

    const oracle = await apiList(page, {
      count: 20,
      offset: 0,
      created_from: new Date(start).toISOString(),
      created_to: new Date(end + 59_999).toISOString(),
    });
    await expectCount(page, oracle.total);
    // Every row of the page, not only the first screenful, before their times are read.
    await expectActions(page, oracle.data);
    const shown = await auditTable(page)
      .locator('time[datetime]')
      .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime') ?? '')));
    expect(shown.length).toBeGreaterThan(0);
    for (const at of shown) {
      expect(at).toBeGreaterThanOrEqual(start);
      expect(at).toBeLessThan(end + 60_000);
    }
  });

  test('filtering by severity keeps only that severity, shown as a removable chip', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Severity', exact: true }).click();
    await page.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'Critical' }).check();
    await page.keyboard.press('Escape');

    const oracle = await apiList(page, { count: 20, offset: 0, severity: 'Critical' });
    await expectCount(page, oracle.total);
    await expectActions(page, oracle.data);
    expect(oracle.data.every((event) => event.severity === 'Critical')).toBe(true);

    await page.getByRole('button', { name: /Remove filter Severity: Critical/ }).click();
    await expectCount(page, (await apiList(page, { count: 1, offset: 0 })).total);
  });

  test('sorting by a column orders the events by it, and a second click reverses', async () => {
    const { page } = await open();
    const header = auditTable(page).getByRole('columnheader', { name: /^Action/ });
    await header.getByRole('button', { name: 'Action' }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await apiList(page, { count: 20, offset: 0, sortBy: 'action', sortDirection: 'asc' });
    await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(ascending.data));

    await header.getByRole('button', { name: 'Action' }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const descending = await apiList(page, { count: 20, offset: 0, sortBy: 'action', sortDirection: 'desc' });
    await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(descending.data));
  });

  test('paging forward and back shows the next and the previous 20 events', async () => {
    const { page } = await open();
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    const second = await apiList(page, { count: 20, offset: 20 });
    const first = await apiList(page, { count: 20, offset: 0 });
    const total = first.total.toLocaleString('en-US');

    await pagination.getByRole('button', { name: 'Next page' }).click();
    await expect.poll(() => rangeText(page).innerText()).toBe(`21–40 of ${total}`);
    await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(second.data));

    await pagination.getByRole('button', { name: 'Previous page' }).click();
    await expect.poll(() => rangeText(page).innerText()).toBe(`1–20 of ${total}`);
    await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(first.data));
  });

  test('infinite scroll loads more events as the list is scrolled, deep into the log', async () => {
    const { page } = await open();
    await page.getByLabel('Browse by').selectOption('infinite');
    await waitForRows(page);
    expect(await page.getByRole('navigation', { name: 'Pagination' }).count()).toBe(0);
    const target = 450;
    const expected = (await apiList(page, { count: 1, offset: target })).data[0];

    const container = page.locator('[data-slot="audit-table-container"]');
    const row = auditTable(page).locator(`tbody[data-index="${target}"]`);
    const deepestRendered = () =>
      container.evaluate((element) =>
        Math.max(
          -1,
          ...[...element.querySelectorAll('tbody[data-index]')].map((t) =>
            Number(t.getAttribute('data-index')),
          ),
        ),
      );
    // Flick to the end again and again, as a person would, until the list has loaded past event 451 …
    for (let i = 0; i < 200 && (await deepestRendered()) < target; i += 1) {
      await container.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await page.waitForTimeout(50);
    }
    // … then scroll back up to it: rows are virtualised, so only those near the viewport exist in the DOM.
    for (let i = 0; i < 200 && (await row.count()) === 0; i += 1) {
      await container.evaluate((element) => element.scrollBy({ top: -element.clientHeight / 2 }));
      await page.waitForTimeout(50);
    }

    await row.scrollIntoViewIfNeeded();
    expect(shown(await row.locator('[data-column="action"]').innerText())).toBe(shown(expected?.action));
  });

  test('columns can be hidden, shown and reordered, and the choice survives a reload', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Columns' }).click();
    const picker = page.getByRole('dialog', { name: 'Show and order columns' });
    await picker.getByRole('checkbox', { name: 'Description' }).uncheck();
    await picker.getByRole('checkbox', { name: 'Severity' }).check();
    for (let i = 0; i < 5; i += 1) await picker.getByRole('button', { name: 'Move Severity up' }).click();
    await page.keyboard.press('Escape');

    const expected = ['Severity', 'Time', 'User', 'Action', 'IP Address', 'Resource'];
    await expect.poll(() => columnTitles(page)).toEqual(expected);
    const oracle = await apiList(page, { count: 20, offset: 0 });
    expect(await columnValues(page, 'Severity')).toEqual(oracle.data.map((event) => shown(event.severity)));

    await page.reload();
    await waitForRows(page);
    expect(await columnTitles(page)).toEqual(expected);
  });

  test("an event's details show every field, including those not in the table", async () => {
    const { page } = await open();
    const event = (await apiList(page, { count: 1, offset: 0 })).data[0];
    if (!event) throw new Error('no events');
    const button = detailButtons(page).first();
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');

    const details = page.locator('[data-slot="audit-table-details-row"]');
    // The panel's code is fetched on demand (usually preloaded by then): wait for its fields, not just the row.
    await details.locator('[data-slot="audit-details-fields"]').waitFor();
    const text = await details.innerText();
    expect(text).toContain(event.userAgent);
    expect(text).toContain(event.severity);
    expect(text).toContain(event.description);
  });

  test('a reload, or the link opened by someone else, shows the same view and columns; back restores them', async () => {
    const { page } = await open();
    await page.getByRole('combobox', { name: 'Search events' }).fill('login');
    const oracle = await apiList(page, {
      count: 20,
      offset: 20,
      filter: 'login',
      sortBy: 'action',
      sortDirection: 'asc',
    });
    await expectCount(page, oracle.total);
    await auditTable(page).getByRole('button', { name: 'Action' }).click();
    await page
      .getByRole('navigation', { name: 'Pagination' })
      .getByRole('button', { name: 'Next page' })
      .click();
    await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(oracle.data));
    const before = await columnTitles(page);

    // Hide User, show Severity and move it first: each is one step back in history.
    await page.getByRole('button', { name: 'Columns' }).click();
    const picker = page.getByRole('dialog', { name: 'Show and order columns' });
    await picker.getByRole('checkbox', { name: 'User', exact: true }).uncheck();
    const hidden = before.filter((title) => title !== 'User');
    await expect.poll(() => columnTitles(page)).toEqual(hidden);
    // history.pushState reaches Playwright's page.url() asynchronously, so the link is polled, never read once.
    const columnsInLink = () => new URL(page.url()).searchParams.get('audit.cols');
    await expect.poll(columnsInLink).toMatch(/-email\b/);
    const hiddenLink = page.url();
    await picker.getByRole('checkbox', { name: 'Severity' }).check();
    for (let i = 0; i < 5; i += 1) await picker.getByRole('button', { name: 'Move Severity up' }).click();
    await page.keyboard.press('Escape');
    const columns = ['Severity', ...hidden];
    await expect.poll(() => columnTitles(page)).toEqual(columns);
    await expect.poll(columnsInLink).toMatch(/^severity,/);
    const link = page.url();

    // Back, step by step, undoes the column changes (one history entry each) and keeps the rest of the view;
    // forward comes back to the link.
    for (let step = 0; step < 10 && page.url() !== hiddenLink; step += 1) await page.goBack();
    expect(page.url()).toBe(hiddenLink);
    await expect.poll(() => columnTitles(page)).toEqual(hidden);
    await page.goBack();
    await expect.poll(() => columnTitles(page)).toEqual(before);
    await expect.poll(columnsInLink).toBeNull();
    expect(await rangeText(page).innerText()).toMatch(/^21–40 of /);
    for (let step = 0; step < 10 && page.url() !== link; step += 1) await page.goForward();
    await expect.poll(() => columnTitles(page)).toEqual(columns);

    await page.reload();
    await waitForRows(page);
    // The box's text comes with the search language, which loads on demand (the filter applies before it).
    await expect.poll(() => page.getByRole('combobox', { name: 'Search events' }).inputValue()).toBe('login');
    await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(oracle.data));
    expect(await rangeText(page).innerText()).toMatch(/^21–40 of /);
    expect(await columnTitles(page)).toEqual(columns);

    // Someone else opens the link: a fresh browser profile, so nothing comes from this one's storage.
    const other = await session.open(new URL(link).search);
    await expect.poll(() => columnValues(other.page, 'Action')).toEqual(actionsOf(oracle.data));
    expect(await rangeText(other.page).innerText()).toMatch(/^21–40 of /);
    expect(await columnTitles(other.page)).toEqual(columns);
  });
});

describe('tenants and permissions', () => {
  test("switching to another tenant's admin shows only that tenant's events", async () => {
    const { page } = await open();
    await page.getByLabel('Signed in as').selectOption('tenantBAdmin');
    await page.getByText('Everything that happened in Globex Inc.').waitFor();
    await waitForRows(page);

    const oracle = await apiList(page, { count: 20, offset: 0 }, 'tenantBAdmin');
    await expectCount(page, oracle.total);
    await expectActions(page, oracle.data);
    expect(oracle.data.every((event) => event.tenantId === 'tenant-globex')).toBe(true);
    const users = await columnValues(page, 'User');
    expect(users.some((user) => user.includes('@acme.test'))).toBe(false);
  });

  test('an environment token sees the tenant it names', async () => {
    const { page } = await open();
    await page.getByLabel('Signed in as').selectOption('environment');
    await page.getByLabel('Tenant', { exact: true }).selectOption({ label: 'Initech' });
    await waitForRows(page);
    const oracle = await apiList(page, { count: 20, offset: 0 }, 'environment', 'tenant-initech');
    await expectCount(page, oracle.total);
    await expectActions(page, oracle.data);
  });

  test('a user without the audit permission is told so, and cannot export', async () => {
    const { page } = await open();
    await page.getByLabel('Signed in as').selectOption('tenantAViewer');
    await page.getByText('You do not have permission to view the audit log.').waitFor();
    expect(await page.getByRole('button', { name: 'Export', exact: true }).isDisabled()).toBe(true);
    expect(await detailButtons(page).count()).toBe(0);
  });

  test('recording an event without the write permission fails with the reason, and the form keeps its input', async () => {
    const { page } = await open();
    await page.getByLabel('Signed in as').selectOption('tenantAViewer');
    await page.getByText('Record a custom event').click();
    const form = page.getByRole('form', { name: 'Record a custom event' });
    await form.getByLabel('Action').fill('Exported billing report');
    await form.getByRole('button', { name: 'Record event' }).click();

    await page
      .getByRole('alert')
      .filter({ hasText: /^Could not record the event/ })
      .waitFor();
    expect(await form.getByLabel('Action').inputValue()).toBe('Exported billing report');
  });

  test('a recorded custom event appears at the top of the log', async () => {
    const { page } = await open();
    await page.getByText('Record a custom event').click();
    const form = page.getByRole('form', { name: 'Record a custom event' });
    const action = `Rotated API key ${Date.now()}`;
    await form.getByLabel('Action').fill(action);
    await form.getByLabel('Description').fill('Key ending 4f2a');
    await form.getByLabel('Severity').selectOption('High');
    await form.getByRole('button', { name: 'Record event' }).click();

    await page.getByText(`Recorded “${action}”.`).waitFor();
    await expect.poll(async () => (await columnValues(page, 'Action'))[0]).toBe(action);
  });
});
