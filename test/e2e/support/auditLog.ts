// How the tests see the audit log: as a person does (roles and names), plus an oracle that asks the page's own
// mock API for the truth, so every assertion compares the screen with the data rather than with a constant.
import { demoIdentities, demoToken, type AuditEvent } from '@auditkit/mock-api';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { openDemo } from './demoBrowser.ts';

export type IdentityKey = keyof typeof demoIdentities;

/** Opens the audit log page (optionally with a query string) and waits until events or a state is shown. */
export async function openAuditLog(
  search = '',
  options: { wait?: boolean; viewport?: { width: number; height: number } } = {},
) {
  const opened = await openDemo(`/settings/audit-log${search}`, {
    timezoneId: 'UTC',
    locale: 'en-US',
    ...(options.viewport && { viewport: options.viewport }),
  });
  if (options.wait !== false) await waitForRows(opened.page);
  return opened;
}

export const auditTable = (page: Page) => page.getByRole('grid', { name: 'Audit events' });

/** The expand buttons, one per event row ("Details of <action> at <time>"). */
export const detailButtons = (page: Page) => auditTable(page).getByRole('button', { name: /^Details of / });

export async function waitForRows(page: Page): Promise<void> {
  await detailButtons(page).first().waitFor({ timeout: 30_000 });
}

/** The visible column titles, in order (the expand column left out). */
export async function columnTitles(page: Page): Promise<string[]> {
  const headers = auditTable(page).locator('thead th');
  const texts = await headers.evaluateAll((cells) =>
    cells.map((cell) => (cell as HTMLElement).innerText.trim()),
  );
  return texts.filter((text) => text !== '' && text !== 'Event details');
}

/**
 * Text as a cell shows it: invisible formatting characters (bidi overrides and isolates, zero-width space, word
 * joiner, BOM) as their code point (`⟨U+202E⟩`), runs of whitespace (tabs, CR, LF) collapsed to one space, ends
 * trimmed.
 */
export const shown = (text: string | undefined) =>
  (text ?? '')
    .replace(
      /[\u200B\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g,
      (character) => `⟨U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
    )
    .replace(/\s+/g, ' ')
    .trim();

/** The actions of events, as the Action column shows them. */
export const actionsOf = (events: readonly AuditEvent[]) => events.map((event) => shown(event.action));

/** The text of one column in every rendered event row, top to bottom. */
export async function columnValues(page: Page, title: string): Promise<string[]> {
  const titles = await columnTitles(page);
  const index = titles.indexOf(title);
  if (index < 0) throw new Error(`No column "${title}" in ${titles.join(', ')}`);
  // +1: the first cell of a row is the expand button.
  return auditTable(page)
    .locator('tr[data-slot="audit-table-row"]')
    .evaluateAll(
      (rows, at) => rows.map((row) => ((row as HTMLTableRowElement).cells[at] as HTMLElement).innerText),
      index + 1,
    )
    .then((texts) => texts.map(shown));
}

/**
 * Waits until the Action column shows exactly `events`, top to bottom. The live count is announced with the
 * first screenful of a new page's rows and the rest mount in the tasks after its paint (useProgressiveRows), so
 * rows read once, right after the count, can be part of the page (a loaded run read 14 of 20).
 */
export async function expectActions(page: Page, events: readonly AuditEvent[]): Promise<void> {
  await expect.poll(() => columnValues(page, 'Action')).toEqual(actionsOf(events));
}

/** The "N events" live count under the table, as a number. */
export async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^[\d,]+ events?$/ });
  await status.waitFor();
  return Number((await status.innerText()).replace(/\D/g, ''));
}

/** Waits until the live count says `expected`. */
export async function expectCount(page: Page, expected: number): Promise<void> {
  await expect.poll(() => resultCount(page), { timeout: 30_000 }).toBe(expected);
}

/** The range line of the pagination, e.g. "21–40 of 2,500". */
export const rangeText = (page: Page): Locator =>
  page.getByRole('navigation', { name: 'Pagination' }).getByText(/^\d[\d,]*–[\d,]+ of [\d,]+$/);

const tokens = new Map<IdentityKey, Promise<string>>();
const tokenOf = (identity: IdentityKey) => {
  let token = tokens.get(identity);
  if (!token) tokens.set(identity, (token = demoToken(demoIdentities[identity])));
  return token;
};

/**
 * The oracle: `GET /audits/resources/audits/v2` (or the legacy `GET /audits` for column filters) on the page's own mock (through its service worker), with the
 * given parameters. `tenantId` goes out as `frontegg-tenant-id` (environment token).
 */
export async function apiList(
  page: Page,
  params: Record<string, string | number>,
  identity: IdentityKey = 'tenantAAdmin',
  tenantId?: string,
): Promise<{ data: AuditEvent[]; total: number }> {
  const token = await tokenOf(identity);
  // Newest first unless asked otherwise, as the log asks: the legacy list (a column filter) has no order of its
  // own without a sort, as Frontegg's recorded answer showed, and the mock answers it oldest first.
  const sorted = { sortBy: 'createdAt', sortDirection: 'desc', ...params };
  const search = new URLSearchParams(Object.entries(sorted).map(([key, value]) => [key, String(value)]));
  return page
    .evaluate(
      async ({ url, token, tenantId }) => {
        const headers: Record<string, string> = { authorization: `Bearer ${token}` };
        if (tenantId) headers['frontegg-tenant-id'] = tenantId;
        const response = await fetch(url, { headers });
        if (!response.ok) throw new Error(`oracle: ${response.status} ${await response.text()}`);
        return response.json();
      },
      { url: `/frontegg${oracleEndpoint(params)}?${search}`, token, tenantId },
    )
    .then((page: { data: AuditEvent[]; total: number }) => ({
      ...page,
      // Frontegg's zone-less `createdAt` is UTC; Node's Date.parse would read it as local time.
      data: page.data.map((event) =>
        typeof event.createdAt === 'string' && zoneLess.test(event.createdAt)
          ? { ...event, createdAt: `${event.createdAt.replace(' ', 'T')}Z` }
          : event,
      ),
    }));
}

const zoneLess = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)?$/;

/** Parameters the v2 list documents; a column filter (severity, action…) goes to the legacy list, as the app sends it. */
const v2Parameters = new Set([
  'count',
  'offset',
  'sortBy',
  'sortDirection',
  'filter',
  'created_from',
  'created_to',
  'users',
  'email',
  'tenant_ids',
  'featureFlagId',
]);
const oracleEndpoint = (params: Record<string, string | number>) =>
  Object.keys(params).every((name) => v2Parameters.has(name)) ? '/audits/resources/audits/v2' : '/audits';

/** Every event matching `params`, in order, 200 a request. */
export async function apiListAll(page: Page, params: Record<string, string | number>): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let offset = 0; ; offset += 200) {
    const { data, total } = await apiList(page, { ...params, count: 200, offset });
    events.push(...data);
    if (events.length >= total || data.length === 0) return events;
  }
}

/** Whether an event's text fields mention `text` (the contract's free-text search, for checking rows). */
export const mentions = (event: AuditEvent, text: string) =>
  JSON.stringify(event).toLowerCase().includes(text.toLowerCase());

/** The demo's mock, as exposed on `window.acmeMockApi` (see apps/demo/src/main.tsx). */
interface PageMock {
  acmeMockApi: { resetScenario(): void; setScenario(partial: Record<string, unknown>): void };
}

/** The "server" recovers: the page's mock returns to normal behaviour (no reload, nothing re-fetched). */
export async function recoverServer(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as PageMock).acmeMockApi.resetScenario());
}
