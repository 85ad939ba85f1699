// The built Storybook as a newcomer reads it: every docs page renders without an error, each story preview on a
// docs page shows that story's own state (not the last story's mock overrides), and TSDoc examples are code.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type FrameLocator,
  type Locator,
  type Page,
} from 'playwright-core';
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

const viewport = { width: 1280, height: 900 };
let browser: Browser;
/**
 * Where the one page of the text checks opens (see readDocs): a context whose story frames stay empty. Pages with
 * previews open in contexts of their own, so no story's stored state (views, columns) reaches another page's
 * previews.
 */
let textOnly: BrowserContext;
let entries: IndexEntry[];

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  textOnly = await browser.newContext({ viewport });
  await textOnly.route(
    (url) => url.pathname.endsWith('/iframe.html') && url.searchParams.get('viewMode') === 'story',
    (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Not loaded</title>' }),
  );
  const index = (await (await fetch(`${inject('storybookUrl')}/index.json`)).json()) as {
    entries: Record<string, IndexEntry>;
  };
  entries = Object.values(index.entries);
});
afterAll(() => browser?.close());

/**
 * Opens a docs page. With `previews: false` its story previews stay empty frames: each is a whole Storybook
 * preview (about two seconds of main-thread work here), and the checks that read only the page's own text need none
 * of them. The previews themselves are checked below, page by page, and each story by the `stories` project.
 */
async function openDocs(
  id: string,
  { previews = true }: { previews?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = previews ? await browser.newPage({ viewport }) : await textOnly.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${inject('storybookUrl')}/iframe.html?viewMode=docs&id=${id}`);
  // The page's title, or Storybook's error display (a docs page that throws while rendering): say which page.
  const title = page.locator('.sbdocs-content h1').first();
  const failed = page.locator('body.sb-show-errordisplay #error-message');
  try {
    await title.or(failed).first().waitFor({ timeout: 60_000 });
  } catch (error) {
    throw new Error(`[docs] ${id} did not render: ${errors.join('; ') || String(error)}`, { cause: error });
  }
  if (await failed.isVisible()) {
    throw new Error(`[docs] ${id} shows an error: ${await failed.innerText()} ${errors.join('; ')}`);
  }
  return { page, errors };
}

/**
 * Shows another docs page in an open preview the way Storybook's own sidebar does (its `setCurrentStory` message,
 * no reload), and resolves once that page has rendered or failed. Loading every page afresh booted the whole preview
 * eighteen times: 37 s alone and 142 s beside the other tests on two cores, against 7 s alone this way.
 */
async function switchDocs(page: Page, id: string): Promise<void> {
  const outcome = await page.evaluate(
    ([docsId, limit]) =>
      new Promise<string>((resolve) => {
        interface Channel {
          on(event: string, listener: (payload: unknown) => void): void;
          off(event: string, listener: (payload: unknown) => void): void;
          emit(event: string, payload: unknown): void;
        }
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__: Channel })
          .__STORYBOOK_ADDONS_CHANNEL__;
        const listeners: [string, (payload: unknown) => void][] = [];
        const settle = (outcome: string) => {
          for (const [event, listener] of listeners) channel.off(event, listener);
          clearTimeout(timer);
          resolve(outcome);
        };
        const timer = setTimeout(() => settle('no answer'), limit);
        const on = (event: string, listener: (payload: unknown) => void) => {
          listeners.push([event, listener]);
          channel.on(event, listener);
        };
        on('docsRendered', (renderedId) => {
          if (renderedId === docsId) settle('rendered');
        });
        for (const failure of ['storyThrewException', 'storyErrored', 'storyMissing']) {
          on(failure, (payload) => settle(`${failure} ${JSON.stringify(payload)}`));
        }
        channel.emit('setCurrentStory', { storyId: docsId, viewMode: 'docs' });
      }),
    [id, 60_000] as const,
  );
  if (outcome !== 'rendered') throw new Error(`[docs] ${id} did not render: ${outcome}`);
}

/** The one page the checks of docs text share, and the docs page it shows. */
let reader: { page: Page; errors: string[]; shows: string } | undefined;

/**
 * Shows a docs page without its previews in the one page the text checks share: opened once, then switched from
 * page to page as the sidebar does, so no check boots the whole preview again. Its errors are those since it last
 * showed another page.
 */
async function readDocs(id: string): Promise<{ page: Page; errors: string[] }> {
  if (!reader) {
    reader = { ...(await openDocs(id, { previews: false })), shows: id };
  } else if (reader.shows !== id) {
    reader.errors.length = 0;
    await switchDocs(reader.page, id);
    reader.shows = id;
  }
  return reader;
}

/**
 * The preview of one story on a docs page: its own frame (`iframe--<story id>`; a component page shows its first
 * story twice, as the primary and in the list: either will do), or, in a build that renders previews inline, the
 * story's anchor. Frames load lazily, when scrolled near.
 */
async function preview(page: Page, storyId: string): Promise<FrameLocator | Locator> {
  const place = page
    .locator(`iframe[id="iframe--${storyId}"], [id="anchor--${storyId}"]`)
    .or(page.locator(`[id^="anchor--primary--"][id$="--${storyId}"]`))
    .last();
  await place.waitFor({ state: 'attached', timeout: 60_000 });
  await place.scrollIntoViewIfNeeded();
  const frame = page.locator(`iframe[id="iframe--${storyId}"]`).last();
  return (await frame.count()) > 0 ? frame.contentFrame() : place;
}

const hostileMarker = '<script>alert("xss")</script>';
const states = {
  loading: 'Loading events…',
  empty: 'No events have been recorded yet.',
  error: 'The audit log could not be loaded.',
  noPermission: 'You do not have permission to view the audit log.',
};

/**
 * What one docs page must show: each story's own state, and whose data no other preview may show. A story's `play`
 * runs in its docs frame too, so a story is listed by the state it ends in (Recovers On Retry ends with rows).
 */
interface DocsPageCheck {
  /** Per story: a text only its own state shows, and whether no event row may be there. */
  own: Record<string, { shows: string | RegExp; noRows?: boolean }>;
  /** Data only some stories' mock overrides produce, by a text it shows: no other preview may show it. */
  owned?: { text: string | RegExp; owners: string[] }[];
  /** What every preview of the page shows once its data (or its state) is in: counted only after that. */
  settled?: (root: FrameLocator | Locator) => Locator;
}

const eventRow = '[data-slot="audit-table-row"]';
/** A table part has either rows or one of its states (loading aside: a skeleton comes before the rows). */
const tableSettled = (root: FrameLocator | Locator) =>
  root
    .locator(eventRow)
    .first()
    .or(root.getByText(states.empty))
    .or(root.getByText(states.error))
    .or(root.getByText(states.noPermission))
    .or(root.getByText(states.loading))
    .first();

// Every docs page whose stories override the mock (scenario, handlers or identity), parts included.
const docsPages: Record<string, DocsPageCheck> = {
  'auditlog--docs': {
    own: {
      'auditlog--loading': { shows: states.loading, noRows: true },
      'auditlog--empty': { shows: states.empty, noRows: true },
      'auditlog--server-error': { shows: states.error, noRows: true },
      'auditlog--no-permission': { shows: states.noPermission, noRows: true },
      'auditlog--million-events': { shows: /of 1,000,000/ },
      'auditlog--hostile-data': { shows: hostileMarker },
      'auditlog--frontegg-shaped-data': { shows: 'Apr 7, 2021, 10:50:40 AM UTC' },
    },
    owned: [
      { text: hostileMarker, owners: ['auditlog--hostile-data'] },
      { text: 'Apr 7, 2021, 10:50:40 AM UTC', owners: ['auditlog--frontegg-shaped-data'] },
    ],
    settled: tableSettled,
  },
  'parts-audittable--docs': {
    own: {
      'parts-audittable--loading': { shows: states.loading, noRows: true },
      'parts-audittable--empty': { shows: states.empty, noRows: true },
      'parts-audittable--server-error': { shows: states.error, noRows: true },
      'parts-audittable--no-permission': { shows: states.noPermission, noRows: true },
      'parts-audittable--impersonation-and-system-events': {
        shows: 'Impersonated by support@auditkit.dev',
      },
      'parts-audittable--many-custom-columns': { shows: 'Ticket 1' },
      'parts-audittable--hostile-data': { shows: hostileMarker },
    },
    owned: [
      { text: hostileMarker, owners: ['parts-audittable--hostile-data'] },
      {
        text: 'Impersonated by support@auditkit.dev',
        owners: ['parts-audittable--impersonation-and-system-events'],
      },
      { text: 'Ticket 1', owners: ['parts-audittable--many-custom-columns'] },
    ],
    settled: tableSettled,
  },
  'parts-exportbutton--docs': {
    own: {
      'parts-exportbutton--no-permission': { shows: 'You do not have permission to export audit events.' },
    },
  },
  'parts-pagination--docs': {
    own: {
      'parts-pagination--million-events': { shows: /of 1,000,000/ },
      // Its play (which runs in the docs frame too) pages on to the last page: any range, not of a million.
      'parts-pagination--default': { shows: /^[\d,]+–[\d,]+ of (?!1,000,000$)[\d,]+$/ },
    },
    owned: [{ text: /of 1,000,000/, owners: ['parts-pagination--million-events'] }],
    // In the bar: after a page change the same range is also said in a live region beside it.
    settled: (root) =>
      root.getByRole('navigation', { name: 'Pagination' }).getByText(/^[\d,]+–[\d,]+ of [\d,]+$/),
  },
  'parts-statsstrip--docs': {
    own: { 'parts-statsstrip--default': { shows: 'Events today' } },
  },
  'parts-columnpicker--docs': {
    // The table beside the picker shows the default columns and data; the vendor's (Ticket) only in its story.
    own: { 'parts-columnpicker--hide-show-and-reorder': { shows: 'ada@acme.test' } },
    owned: [{ text: /^Ticket/, owners: ['parts-columnpicker--many-custom-columns'] }],
  },
  'guides-headless-recipe--docs': {
    own: {
      // Its play ends on the second page of the severe events; page 1 shows for some 100 ms before that, which a
      // loaded run missed (waited 60 s for a state that had gone).
      'guides-headless-recipe--on-the-hooks-alone': { shows: /^Page 2 of \d+$/ },
      'guides-headless-recipe--no-permission': { shows: 'You may not see the audit log.' },
      'guides-headless-recipe--user-ids-and-hidden-text': { shows: /^u-1$/ },
    },
    owned: [{ text: 'You may not see the audit log.', owners: ['guides-headless-recipe--no-permission'] }],
    settled: (root) => root.getByText(/^Page \d+ of \d+$/),
  },
};

describe('docs pages of the built Storybook', () => {
  test('every docs page renders its title, no error, and its TSDoc examples as code', async () => {
    const docs = entries.filter((entry) => entry.type === 'docs');
    expect(docs.length).toBeGreaterThan(10);
    // Each page's own title: a page left showing the one before it would repeat that page's.
    const titles = new Set<string>();
    for (const entry of docs) {
      const { page, errors } = await readDocs(entry.id);
      titles.add(await page.locator('.sbdocs-content h1').first().innerText());
      await expect
        .poll(() => page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')))
        .toBe(false);
      expect(errors, entry.id).toEqual([]);
      // A component's `@example` shows as an "Example" heading followed by a code block, never loose text (JSX
      // outside a fence is swallowed as HTML, leaving the heading over nothing).
      const content = page.locator('.sbdocs-content');
      expect(await content.locator('p').filter({ hasText: '@example' }).count(), entry.id).toBe(0);
      const followers = await content
        .locator('p:has(> strong:text-is("Example"))')
        .evaluateAll((headings) => headings.map((heading) => heading.nextElementSibling?.tagName ?? 'none'));
      expect(followers, `${entry.id}: what follows each Example`).toEqual(followers.map(() => 'PRE'));
    }
    expect(titles.size).toBe(docs.length);
  });

  test('every docs page with a story that overrides the mock is one checked below', async () => {
    const { page } = await readDocs('introduction--docs');
    const stories = entries.filter((entry) => entry.type === 'story').map((entry) => entry.id);
    // The stories' own parameters, from the built preview's store: which ones give the mock a scenario, their own
    // handlers or another identity.
    const overriding = await page.evaluate(async (ids) => {
      interface Store {
        loadStory(input: {
          storyId: string;
        }): Promise<{ parameters: { auditkit?: Record<string, unknown> } }>;
      }
      const store = (window as unknown as { __STORYBOOK_PREVIEW__: { storyStoreValue: Store } })
        .__STORYBOOK_PREVIEW__.storyStoreValue;
      const found: string[] = [];
      for (const storyId of ids) {
        const { auditkit = {} } = (await store.loadStory({ storyId })).parameters;
        if (['scenario', 'handlers', 'identity'].some((key) => key in auditkit)) found.push(storyId);
      }
      return found;
    }, stories);
    expect(overriding.length).toBeGreaterThan(10);
    const pages = new Set(overriding.map((id) => `${id.split('--')[0]}--docs`));
    expect([...pages].filter((id) => !(id in docsPages))).toEqual([]);
  });

  test.each(Object.entries(docsPages))(
    '%s: each preview shows its own story state, and no other story’s data',
    async (docsId, check) => {
      const { page, errors } = await openDocs(docsId);
      const prefix = docsId.replace(/--docs$/, '--');
      const stories = entries.filter((entry) => entry.type === 'story' && entry.id.startsWith(prefix));
      expect(stories.length).toBeGreaterThan(1);
      for (const [storyId, { shows, noRows }] of Object.entries(check.own)) {
        expect(stories.map((story) => story.id)).toContain(storyId);
        const root = await preview(page, storyId);
        await root.getByText(shows).first().waitFor({ state: 'visible', timeout: 60_000 });
        if (noRows) expect(await root.locator(eventRow).count(), storyId).toBe(0);
      }
      // Every other preview, once its own data or state is in, shows none of the data another story's overrides
      // produce (the hostile rows used to show in every preview of the page).
      for (const story of stories) {
        const root = await preview(page, story.id);
        if (check.settled) await check.settled(root).waitFor({ state: 'visible', timeout: 60_000 });
        for (const { text, owners } of check.owned ?? []) {
          if (owners.includes(story.id)) continue;
          expect(await root.getByText(text).count(), `${story.id} shows ${String(text)}`).toBe(0);
        }
      }
      // Playwright reports the previews' uncaught errors too (same-origin frames), with the page's own.
      expect(errors, docsId).toEqual([]);
      await page.close();
    },
  );

  test('the introduction shows its tables and code as tables and code', async () => {
    const { page } = await readDocs('introduction--docs');
    const content = page.locator('.sbdocs-content');
    await content.getByRole('table').getByRole('cell', { name: '@auditkit/headless' }).waitFor();
    await content.locator('pre').filter({ hasText: 'npm install @auditkit/components' }).first().waitFor();
    await content.locator('pre').filter({ hasText: '<AuditLog baseUrl="/frontegg"' }).first().waitFor();
  });

  test('TSDoc examples render as code, never as loose text, a prop’s in its row of the props table', async () => {
    const { page } = await readDocs('auditlog--docs');
    const content = page.locator('.sbdocs-content');
    await content.locator('pre').filter({ hasText: '<AuditLog baseUrl="/frontegg"' }).first().waitFor();
    expect(await content.locator('p').filter({ hasText: '@example' }).count()).toBe(0);
    const translation = content.locator('.docblock-argstable tr').filter({ hasText: /^translation/ });
    await translation
      .locator('pre')
      .filter({ hasText: "import * as de from '@auditkit/components/messages/de'" })
      .waitFor();
    // The prop's `@default` is its default in the table.
    await translation.getByText('English', { exact: true }).waitFor();
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
    // As long as the other previews' waits: the page's other frames load at the same time.
    await root
      .getByRole('grid', { name: 'Audit events' })
      .getByRole('row')
      .nth(10)
      .waitFor({ timeout: 60_000 });
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
