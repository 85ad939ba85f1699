// The host portal around the audit log: navigation, the demo's switches and what survives a reload.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { closeChromium, openDemo } from './support/demoBrowser.ts';

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});
afterAll(closeChromium);

async function open(path = '/'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openDemo(path);
  context = opened.context;
  return opened;
}

describe('Acme Cloud portal', () => {
  test('the sidebar leads to the audit log page, which takes focus and the URL', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();

    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/audit-log');
    expect(await page.title()).toBe('Audit log · Acme Cloud');
    expect(await page.getByRole('link', { name: 'Audit log' }).getAttribute('aria-current')).toBe('page');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(errors).toEqual([]);
  });

  test('a deep link to a settings page opens it directly, and Back returns to the previous page', async () => {
    const { page } = await open('/settings/members');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.getByRole('link', { name: 'General' }).click();
    await page.getByRole('heading', { level: 1, name: 'General' }).waitFor();

    await page.goBack();

    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    expect(await page.getByRole('cell', { name: 'dana@acme.test' }).count()).toBe(1);
  });

  test('the signed-in identity, tenant and scenario survive a reload', async () => {
    const { page } = await open('/settings/audit-log');
    const signedInAs = page.getByLabel('Signed in as');
    await signedInAs.selectOption({ label: 'Environment token (any tenant)' });
    await page.getByLabel('Tenant', { exact: true }).selectOption({ label: 'Globex Inc.' });
    await page.getByLabel('Mock API scenario').selectOption({ label: 'Slow network (1.5 s a request)' });

    await page.reload();

    expect(await page.getByLabel('Signed in as').inputValue()).toBe('environment');
    expect(await page.getByLabel('Tenant', { exact: true }).inputValue()).toBe('tenant-globex');
    expect(await page.getByLabel('Mock API scenario').inputValue()).toBe('slow');
    await page.getByText('Everything that happened in Globex Inc.').waitFor();
  });

  test('the tenant choice appears only for the environment token, which alone may pick a tenant', async () => {
    const { page } = await open('/settings/audit-log');
    expect(await page.getByLabel('Tenant', { exact: true }).count()).toBe(0);
    await page.getByLabel('Signed in as').selectOption('tenantBAdmin');
    expect(await page.getByLabel('Tenant', { exact: true }).count()).toBe(0);
    await page.getByText('Everything that happened in Globex Inc.').waitFor();
  });

  test('the theme switch turns the portal dark and is remembered', async () => {
    const { page } = await open('/');
    await page.getByLabel('Theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    expect(await page.getByLabel('Theme').inputValue()).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(15, 17, 23)',
    );
  });
});
