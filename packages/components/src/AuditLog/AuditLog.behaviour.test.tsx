// <AuditLog> through the behaviour tests every audit-log UI shares (test/behaviour/auditBehaviourSuite.ts): the
// same ones a custom table on the headless hooks passes in @auditkit/headless, here in Chromium with the parts as
// a user meets them (the search combobox, the severity popover, chips, the grid, the notice, the export dialog).
import {
  createAuditClient,
  defaultAuditQuery,
  toListParams,
  type AuditListParams,
  type AuditQuery,
} from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { expect } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import {
  behaviourOracle,
  describeAuditBehaviour,
  type AuditBehaviourDriver,
} from '../../../../test/behaviour/auditBehaviourSuite.ts';
import { fastPolling } from '../test/fastPolling.ts';
import { requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

setupMockApi();
// The new events' poll (5 s, the shortest the hooks take) every 250 ms.
fastPolling();

const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
const files: Blob[] = [];
let paging: 'pages' | 'infinite' = 'pages';

const root = () => document.querySelector<HTMLElement>('.auditkit')!;
const grid = () => root().querySelector<HTMLElement>('[role="grid"]')!;
const byLabel = <T extends HTMLElement>(selector: string, label: string) =>
  [...root().querySelectorAll<T>(selector)].find((element) => element.getAttribute('aria-label') === label);
const buttonNamed = (name: string) =>
  [...root().querySelectorAll<HTMLButtonElement>('button')].find(
    (button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name,
  );
// Clicked through an exact-name locator: a locator made from the element (`userEvent.click(element)`) matches the
// name as a substring, and an event's own words can hold it ("Details of Scheduled export completed at …" for
// Export), which made the click ambiguous and failed a CI run.
const clickButton = (name: string) => userEvent.click(page.getByRole('button', { name, exact: true }));
const actionHeader = () =>
  [...grid().querySelectorAll<HTMLElement>('th')].find((th) => th.textContent?.trim().startsWith('Action'))!;
// Pages the list asked for (distinct offsets): the new-events check polls the list too, with `count=1`.
const pagesAsked = () =>
  new Set(
    requests
      .filter((url) => /\/audits(\/resources\/audits\/v2)?$/.test(url.pathname))
      .filter((url) => url.searchParams.get('count') !== '1')
      .map((url) => url.searchParams.get('offset')),
  ).size;
// "Severity: High" → "severity: High", the chip's own words (its remove button says "Remove filter …").
const chipOf = (button: HTMLElement) => {
  const text = (button.getAttribute('aria-label') ?? '').replace(/^Remove filter /, '');
  const at = text.indexOf(': ');
  return `${text.slice(0, at).toLowerCase()}${text.slice(at)}`;
};
const chipButtons = () => {
  const list = byLabel('ul', 'Active filters');
  return list ? [...list.querySelectorAll<HTMLButtonElement>('button')] : [];
};

/** Scrolls the box to its end; again while measured rows still grow it, as a user keeps scrolling. */
async function scrollToEnd(box: HTMLElement) {
  for (let i = 0; i < 20; i++) {
    box.scrollTop = box.scrollHeight;
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    if (box.scrollTop + box.clientHeight >= box.scrollHeight - 1) return;
  }
}

const driver: AuditBehaviourDriver = {
  async mount(style) {
    paging = style;
    files.length = 0;
    await render(
      <AuditLog
        client={client}
        queryClient={testQueryClient()}
        paging={style}
        defaultTimeZone="UTC"
        locale="en-US"
        newEventsInterval={5_000}
        showStats={false}
        exportOptions={{ target: 'blob', saveBlob: (blob) => void files.push(blob) }}
      />,
    );
    if (style === 'infinite') await expect.poll(() => grid()?.parentElement).toBeTruthy();
    await expect.poll(() => driver.actions().length).toBeGreaterThan(0);
    // A short scroll box, so only part of the loaded rows is in view, as on a page.
    if (style === 'infinite') grid().parentElement!.style.maxHeight = '400px';
  },
  shownTotal: () => {
    const status = [...root().querySelectorAll('[role="status"]')].find((element) =>
      /^[\d,]+ events?$/.test(element.textContent ?? ''),
    );
    return status ? Number(status.textContent!.replace(/\D/g, '')) : undefined;
  },
  actions: () =>
    [...(grid()?.querySelectorAll('tr[data-slot="audit-table-row"] td[data-column="action"]') ?? [])].map(
      (cell) => cell.textContent ?? '',
    ),
  search: async (text) => {
    const box = root().querySelector<HTMLInputElement>('input[role="combobox"]')!;
    await userEvent.fill(box, text);
  },
  addSeverity: async (level) => {
    const trigger = root().querySelector<HTMLButtonElement>('[data-slot="audit-severity-trigger"]')!;
    await userEvent.click(trigger);
    const dialog = document.querySelector<HTMLDialogElement>('dialog[open]')!;
    const box = [...dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
      (input) => input.closest('label')?.textContent?.trim() === level,
    )!;
    await userEvent.click(box);
    await userEvent.keyboard('{Escape}');
  },
  chips: () => chipButtons().map(chipOf),
  removeChip: async (chip) => {
    await userEvent.click(chipButtons().find((button) => chipOf(button) === chip)!);
  },
  clearAll: async () => {
    await clickButton('Clear all');
  },
  sortByAction: async () => {
    await userEvent.click(actionHeader().querySelector('button')!);
  },
  actionSort: () => actionHeader().getAttribute('aria-sort'),
  nextPage: async () => {
    await clickButton('Next page');
  },
  range: () => root().querySelector('[data-slot="audit-range"]')?.textContent ?? '',
  loadMore: async () => {
    if (paging !== 'infinite') return false;
    // The end is what the list says at its foot ("All 240 events loaded"), not a scroll that asked for nothing
    // within some time: on a loaded machine a page asked late read as the end, short of the last event.
    const loaded = () => {
      for (const span of root().querySelectorAll('span')) {
        const count = /^All ([\d,]+) events loaded$/.exec(span.textContent ?? '')?.[1];
        if (count) return Number(count.replace(/,/g, ''));
      }
      return undefined;
    };
    const allLoaded = () => loaded() !== undefined;
    const box = grid().parentElement!;
    // A user who has everything still scrolls to the end to see it, until the last row shown is the last one
    // loaded (its aria-rowindex: the header is 1, and no event is open here). The last page may have come in
    // after the last scroll, and rows measured taller than estimated lengthen the list after a scroll has
    // reached its end (both on a loaded machine); a virtualised list renders only the rows in view.
    const total = loaded();
    if (total !== undefined) {
      const lastShown = () =>
        Number([...grid().querySelectorAll('tr[data-slot="audit-table-row"]')].at(-1)?.ariaRowIndex ?? 0);
      await expect
        .poll(async () => {
          await scrollToEnd(box);
          return lastShown();
        })
        .toBe(total + 1);
      return false;
    }
    const before = pagesAsked();
    const height = box.scrollHeight;
    await scrollToEnd(box);
    await expect.poll(() => allLoaded() || pagesAsked() > before).toBe(true);
    if (pagesAsked() === before) return false;
    // Asked is not loaded: the next scroll to the end must reach the new rows' end, not the end the rows had
    // before they arrived (on a busy machine the answer can take longer than the wait above, and the caller
    // would stop short of the last event).
    await expect.poll(() => box.scrollHeight).toBeGreaterThan(height);
    return true;
  },
  // The log polls for itself (every 250 ms here).
  checkForNewEvents: async () => {},
  showNew: async () => {
    await expect.poll(() => buttonNamed('Show them')).toBeTruthy();
    await clickButton('Show them');
  },
  exportCsv: async () => {
    await clickButton('Export');
    await clickButton('Download');
    await expect.poll(() => files.length).toBe(1);
    return files[0]!.text();
  },
};

describeAuditBehaviour(
  '<AuditLog>',
  driver,
  behaviourOracle<AuditQuery, AuditListParams>({
    list: (params) => client.list(params),
    create: (event) => client.create(event),
    query: (change) => ({ ...defaultAuditQuery, ...change }),
    params: (query) => toListParams(query, new Date()),
  }),
);
