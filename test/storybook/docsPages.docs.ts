// The built Storybook as a newcomer reads it: every docs page renders without an error, each story preview on a
// docs page shows that story's own state (not the last story's mock overrides), and TSDoc examples are code.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const artefacts = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const readmeShots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

interface IndexEntry {
  id: string;
  type: 'docs' | 'story';
  title: string;
  name: string;
}

let browser: Browser;
let entries: IndexEntry[];

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  const index = (await (await fetch(`${inject('storybookUrl')}/index.json`)).json()) as {
    entries: Record<string, IndexEntry>;
  };
  entries = Object.values(index.entries);
});
afterAll(() => browser?.close());

async function openDocs(id: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${inject('storybookUrl')}/iframe.html?viewMode=docs&id=${id}`);
  await page.locator('.sbdocs-content h1').first().waitFor({ timeout: 60_000 });
  return { page, errors };
}

/** The preview of one story on a docs page: inside its own frame when it has one, else inline. */
async function preview(page: Page, storyId: string): Promise<Locator | FrameLocator> {
  const anchor = page
    .locator(`[id="anchor--${storyId}"], [id^="anchor--primary--"][id$="--${storyId}"]`)
    .first();
  await anchor.waitFor({ timeout: 60_000 });
  // Story frames on a docs page load lazily, when scrolled near.
  await anchor.scrollIntoViewIfNeeded();
  return (await anchor.locator('iframe').count()) > 0 ? anchor.locator('iframe').contentFrame() : anchor;
}

const hostileMarker = '<script>alert("xss")</script>';

// Stories whose state must show on their component's docs page, each by a text only that state has.
const ownStates: Record<string, Record<string, string | RegExp>> = {
  'auditlog--docs': {
    'auditlog--loading': 'Loading events…',
    'auditlog--empty': 'No events have been recorded yet.',
    'auditlog--server-error': 'The audit log could not be loaded.',
    'auditlog--no-permission': 'You do not have permission to view the audit log.',
    'auditlog--million-events': /of 1,000,000/,
  },
  'parts-audittable--docs': {
    'parts-audittable--loading': 'Loading events…',
    'parts-audittable--empty': 'No events have been recorded yet.',
    'parts-audittable--server-error': 'The audit log could not be loaded.',
    'parts-audittable--no-permission': 'You do not have permission to view the audit log.',
    'parts-audittable--impersonation-and-system-events': 'Impersonated by support@auditkit.dev',
  },
  'parts-exportbutton--docs': {
    'parts-exportbutton--no-permission': 'You do not have permission to export audit events.',
  },
  'parts-pagination--docs': {
    'parts-pagination--million-events': /of 1,000,000/,
  },
};

describe('docs pages of the built Storybook', () => {
  test('every docs page renders its title and no error', async () => {
    const docs = entries.filter((entry) => entry.type === 'docs');
    expect(docs.length).toBeGreaterThan(10);
    for (const entry of docs) {
      const { page, errors } = await openDocs(entry.id);
      await expect
        .poll(() => page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')))
        .toBe(false);
      expect(errors, entry.id).toEqual([]);
      await page.close();
    }
  });

  test.each(Object.entries(ownStates))(
    '%s: each preview shows its own story state',
    async (docsId, states) => {
      const { page } = await openDocs(docsId);
      for (const [storyId, text] of Object.entries(states)) {
        const root = await preview(page, storyId);
        await root.getByText(text).first().waitFor({ state: 'visible', timeout: 60_000 });
      }
      // No preview but the hostile-data story's shows the hostile rows (they used to leak into every preview).
      const stories = entries.filter(
        (entry) => entry.type === 'story' && `${entry.id.split('--')[0]}--docs` === docsId,
      );
      for (const story of stories.filter((entry) => !entry.id.endsWith('--hostile-data'))) {
        const root = await preview(page, story.id);
        expect(await root.getByText(hostileMarker).count(), story.id).toBe(0);
      }
      await page.close();
    },
  );

  test('the introduction shows its tables and code as tables and code', async () => {
    const { page } = await openDocs('introduction--docs');
    const content = page.locator('.sbdocs-content');
    await content.getByRole('table').getByRole('cell', { name: '@auditkit/headless' }).waitFor();
    await content.locator('pre').filter({ hasText: 'npm install @auditkit/components' }).first().waitFor();
    await content.locator('pre').filter({ hasText: '<AuditLog baseUrl="/frontegg"' }).first().waitFor();
    await page.close();
  });

  test('TSDoc examples render as code, never as loose text', async () => {
    const { page } = await openDocs('auditlog--docs');
    const content = page.locator('.sbdocs-content');
    await content.locator('pre').filter({ hasText: '<AuditLog baseUrl="/frontegg"' }).first().waitFor();
    expect(await content.locator('p').filter({ hasText: '@example' }).count()).toBe(0);
    await page.close();
  });
});

// The README's Storybook pictures: artefacts of every run, copied into docs/screenshots/ when missing or when
// UPDATE_SCREENSHOTS=1, so an ordinary run leaves the repository untouched.
test.each([
  ['storybook-introduction', 'introduction--docs', 'auditkit'],
  ['storybook-auditlog-docs', 'auditlog--docs', 'AuditLog'],
])('screenshot: %s', async (name, id, title) => {
  const { page } = await openDocs(id);
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.locator('.sbdocs-content pre').first().waitFor();
  if (id === 'auditlog--docs') {
    const root = await preview(page, 'auditlog--default');
    await root.getByRole('grid', { name: 'Audit events' }).getByRole('row').nth(10).waitFor();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(artefacts, { recursive: true });
  const file = `${artefacts}${name}.png`;
  await page.screenshot({ path: file });
  if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(`${readmeShots}${name}.png`)) {
    copyFileSync(file, `${readmeShots}${name}.png`);
  }
  await page.close();
});
