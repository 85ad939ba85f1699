import { defaultAuditColumns, defaultAuditQuery } from '@auditkit/headless';
import { hostileStrings } from '@auditkit/mock-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';
import { AuditTableView } from './AuditTableView.tsx';

const api = setupMockApi();

// Every hostile string of the mock's dataset, in every field a column or the details panel renders.
const events = hostileStrings.map((text, index) => ({
  frontegg_id: `hostile-${index}`,
  createdAt: '2026-11-25T12:00:00.000Z',
  user: text,
  email: text,
  action: text,
  description: text,
  resource: text,
  severity: text,
  ip: text,
  userAgent: text,
  actorMail: text,
  json: { note: text, before: { value: text }, after: { value: null }, [text]: text },
  [text.slice(0, 40)]: text,
}));
const columns = defaultAuditColumns.map((column) => ({ ...column, showInTable: true }));

const dangerousTags = new Set([
  'SCRIPT',
  'IMG',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'STYLE',
  'LINK',
  'META',
  'BASE',
  'FORM',
]);

describe('hostile strings', () => {
  const created: string[] = [];
  let observer: MutationObserver;
  beforeEach(() => {
    created.length = 0;
    vi.stubGlobal('alert', () => created.push('alert() ran'));
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          for (const element of [node, ...node.querySelectorAll('*')]) {
            if (dangerousTags.has(element.tagName.toUpperCase())) created.push(`<${element.tagName}>`);
            for (const attribute of element.getAttributeNames()) {
              if (attribute.toLowerCase().startsWith('on')) created.push(`${element.tagName}[${attribute}]`);
            }
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  afterEach(() => {
    observer.disconnect();
    vi.unstubAllGlobals();
  });

  it('renders every payload as plain text, in the table and in the expanded details, creating nothing', async () => {
    const { screen } = await renderAudit(
      <AuditTableView
        events={events}
        columns={columns}
        sort={{ column: 'createdAt', direction: 'desc' }}
        onSortChange={() => {}}
      />,
    );
    const table = screen.getByRole('grid');
    const expanders = table.getByRole('button', { name: /^Details of / });
    await expect.element(expanders.first()).toBeVisible();
    for (const button of expanders.elements()) (button as HTMLButtonElement).click();
    for (const button of table.getByRole('button', { name: 'Show data' }).elements())
      (button as HTMLButtonElement).click();
    await expect.element(screen.getByRole('region', { name: /^Details of / }).first()).toBeVisible();
    // The payloads are on screen as their literal text.
    const text = document.body.textContent ?? '';
    expect(text).toContain('<script>alert("xss")</script>');
    expect(text).toContain('<img src=x onerror="alert(document.cookie)">');
    expect(text).toContain('"><svg onload=alert(1)>');
    // Give any injected handler a chance to fire.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(created).toEqual([]);
    // And no link was made from a non-http(s) value.
    for (const link of document.querySelectorAll('a')) expect(link.protocol).toMatch(/^https?:$/);
  });

  it('renders the hostile events of the mock dataset, fetched over the wire, as text', async () => {
    // The dataset is newest-first in index order: find the pages that hold hostile events.
    const series = api().dataset.series('tenant-acme', 240)!;
    const hostile = new Set(hostileStrings);
    const pages = new Set<number>();
    for (let index = 0; index < series.size; index++) {
      const event = series.eventAt(index) as Record<string, unknown>;
      const fields = Object.values(event).concat(
        Object.values((event.json ?? {}) as Record<string, unknown>),
      );
      if (fields.some((value) => typeof value === 'string' && hostile.has(value)))
        pages.add(Math.floor(index / 20));
    }
    expect(pages.size).toBeGreaterThan(0);
    for (const page of pages) {
      const { screen } = await renderAudit(<AuditTable />, {
        state: { defaultValue: { ...defaultAuditQuery, page } },
      });
      const expanders = screen.getByRole('grid').getByRole('button', { name: /^Details of / });
      await expect.element(expanders.nth(19)).toBeVisible();
      for (const button of expanders.elements()) (button as HTMLButtonElement).click();
      await expect.element(screen.getByRole('region', { name: /^Details of / }).nth(19)).toBeVisible();
      screen.unmount();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(created).toEqual([]);
  });
});
