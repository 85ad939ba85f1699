// The table at the widths the container queries switch on: cards below 830 px (no column resizers, the severity
// as a translated label in a cell), and between 830 px and the table's own width, where the table scrolls
// sideways in its box, a details panel that keeps to the visible width.
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { messages as de } from '../messages/de.ts';
import { messages as ja } from '../messages/ja.ts';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();
afterEach(() => page.viewport(1400, 900));

const focused = () => document.activeElement as HTMLElement;

async function renderTable(options: Parameters<typeof renderAudit>[1] = {}, dir?: 'rtl') {
  const { screen } = await renderAudit(
    <div dir={dir}>
      <button type="button">Before</button>
      <AuditTable />
    </div>,
    options,
  );
  const grid = screen.getByRole('grid');
  await expect.element(grid.getByRole('row').nth(5)).toBeInTheDocument();
  return { screen, grid };
}

describe('as cards (a container under 830 px)', () => {
  it('draws no column resizers, and the grid keyboard skips them', async () => {
    await page.viewport(700, 900);
    const { grid } = await renderTable();
    const handles = [...grid.element().querySelectorAll('[data-slot="audit-resize-handle"]')];
    expect(handles.length).toBeGreaterThan(0);
    for (const handle of handles) expect(handle.getBoundingClientRect().width).toBe(0);

    // Along the row of sort buttons: only buttons, never a separator.
    const sort = grid.getByRole('button', { name: 'Time' }).first().element() as HTMLElement;
    sort.focus();
    const stops: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await userEvent.keyboard('{ArrowRight}');
      stops.push(focused().getAttribute('role') ?? focused().localName);
    }
    expect(stops).not.toContain('separator');
  });

  it('moves the grid Tab stop off a resizer when the container narrows to cards', async () => {
    const { screen, grid } = await renderTable();
    const handle = grid.getByRole('separator').first().element() as HTMLElement;
    handle.focus();
    expect(handle.tabIndex).toBe(0);
    (screen.getByRole('button', { name: 'Before' }).element() as HTMLElement).focus();
    await page.viewport(700, 900);
    await expect.poll(() => handle.tabIndex).toBe(-1);
    await userEvent.keyboard('{Tab}');
    expect(grid.element().contains(focused())).toBe(true);
    expect(focused().getBoundingClientRect().width).toBeGreaterThan(1);
  });

  it("shows the severity as the log's own word, in a cell, where the card's pill is", async () => {
    await page.viewport(700, 900);
    const { grid } = await renderTable({ locale: 'ja', messages: ja });
    const row = grid.getByRole('row').nth(1);
    const severity = row.element().getAttribute('data-severity') as keyof typeof ja.severityLabels;
    const label = ja.severityLabels[severity];
    expect(label).toBeTruthy();
    // In a cell of the row, so moving cell by cell reaches it; in the accessibility tree, not generated content.
    const pill = row.getByRole('gridcell').getByText(label, { exact: true });
    await expect.element(pill).toBeVisible();
    expect(getComputedStyle(row.element(), '::before').content).toBe('none');
    // Coloured by its level, as the Severity column's badge is.
    expect(getComputedStyle(pill.element()).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    // Drawn at the top of the card, between the time and the expand button.
    const time = row.element().querySelector('[data-type="Timestamp"]')!.getBoundingClientRect();
    const expand = row.element().querySelector('[data-slot="audit-expand-button"]')!.getBoundingClientRect();
    const box = pill.element().getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(time.right);
    expect(box.right).toBeLessThanOrEqual(expand.left);
    expect(box.top).toBeLessThan(time.bottom);
  });

  it("wraps a long severity of the tenant's own within the card, keeping the time and the button whole", async () => {
    await page.viewport(375, 800);
    const severity = 'SECURITY_POLICY_VIOLATION_DETECTED_BY_SCANNER';
    overrideMock(
      http.get('*/audits/resources/audits/v2', () =>
        HttpResponse.json({
          data: [{ frontegg_id: 'long', createdAt: '2026-11-25T10:00:00.000Z', severity, action: 'Scanned' }],
          total: 1,
        }),
      ),
    );
    const { screen } = await renderAudit(<AuditTable />);
    const row = screen.getByRole('grid').getByRole('row').nth(1);
    await expect.element(row.getByText(severity)).toBeVisible();
    const time = row.element().querySelector('[data-type="Timestamp"]')!.getBoundingClientRect();
    const expand = row.element().querySelector('[data-slot="audit-expand-button"]')!.getBoundingClientRect();
    expect(time.width).toBeGreaterThan(60);
    expect(expand.width).toBe(28);
    expect(row.element().getBoundingClientRect().right).toBeLessThanOrEqual(375);
  });
});

describe('as cards, by keyboard and with text spacing (WCAG 2.4.7, 1.4.10, 1.4.12)', () => {
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

  it('shows a header reached by keyboard whole, beside the sort buttons, not written over them', async () => {
    await page.viewport(320, 700);
    const { grid } = await renderTable();
    (
      grid
        .getByRole('button', { name: /^Details of / })
        .first()
        .element() as HTMLElement
    ).focus();
    await userEvent.keyboard('{ArrowUp}');
    const header = focused();
    expect(header.getAttribute('role') ?? header.localName).toMatch(/columnheader|th/);
    const box = header.getBoundingClientRect();
    const label = header.querySelector('.auditkit-visually-hidden')!.getBoundingClientRect();
    expect(label.width).toBeGreaterThan(20);
    expect(label.left).toBeGreaterThanOrEqual(box.left - 0.5);
    expect(label.right).toBeLessThanOrEqual(box.right + 0.5);
    for (const button of grid.element().querySelectorAll('thead .auditkit-sort-button'))
      expect(overlaps(box, button.getBoundingClientRect())).toBe(false);
  });

  it('draws the first sort button’s focus ring whole, not cut by the edge of the box it scrolls in', async () => {
    await page.viewport(320, 700);
    const { grid } = await renderTable();
    const time = grid.getByRole('button', { name: 'Time' }).first().element() as HTMLElement;
    time.focus();
    expect(time.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(time);
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    const ring = time.getBoundingClientRect();
    const box = time.closest('.auditkit-table-container')!.getBoundingClientRect();
    expect(ring.top - reach).toBeGreaterThanOrEqual(box.top);
    expect(ring.left - reach).toBeGreaterThanOrEqual(box.left);
  });

  it('keeps an open card within a 320 px screen in German with text spacing: nothing scrolls sideways', async () => {
    await page.viewport(320, 700);
    const spacing = document.createElement('style');
    spacing.textContent =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    document.head.append(spacing);
    try {
      const { grid } = await renderTable({ messages: de });
      await grid
        .getByRole('button', { name: /^Details zu / })
        .first()
        .click();
      const details = grid.getByRole('region');
      await expect.element(details.getByRole('button', { name: de.copyEventJson })).toBeVisible();
      const box = grid.element().closest('.auditkit-table-container') as HTMLElement;
      expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    } finally {
      spacing.remove();
    }
  });
});

describe('between 830 px and the width of the table (it scrolls sideways in its box)', () => {
  for (const dir of [undefined, 'rtl'] as const) {
    it(`keeps an open details panel to the visible width (${dir ?? 'ltr'})`, async () => {
      await page.viewport(960, 540);
      const { grid } = await renderTable({}, dir);
      await grid
        .getByRole('button', { name: /^Details of / })
        .first()
        .click();
      const region = grid.getByRole('region').first();
      await expect.element(region).toBeVisible();
      const container = grid.element().closest<HTMLElement>('[data-slot="audit-table-container"]')!;
      // The table is wider than its box here: the case this is about.
      expect(container.scrollWidth).toBeGreaterThan(container.clientWidth);
      const visible = container.getBoundingClientRect();
      const visibleStart = visible.left + container.clientLeft;
      const visibleEnd = visibleStart + container.clientWidth;
      const cell = region.element().closest('td')!;
      const padding = parseFloat(getComputedStyle(cell).paddingInlineStart);
      const check = () => {
        const box = region.element().getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(visibleStart - 0.5);
        expect(box.right).toBeLessThanOrEqual(visibleEnd + 0.5);
        // And it takes that width, less the cell's padding each side: not 17 px less again for a scrollbar the
        // browser may not draw (overlay scrollbars, phones, this headless browser).
        expect(box.width).toBeGreaterThanOrEqual(container.clientWidth - 2 * padding - 0.5);
      };
      check();
      // Scrolled sideways to the other end, it stays in view.
      container.scrollLeft = dir === 'rtl' ? -container.scrollWidth : container.scrollWidth;
      await new Promise(requestAnimationFrame);
      check();
    });
  }

  it('takes the width a host’s row gives it beside the host’s own parts, not its borders’ only', async () => {
    await page.viewport(1200, 700);
    const { screen } = await renderAudit(
      <div style={{ display: 'flex' }}>
        <nav style={{ flex: '0 0 200px' }}>Host menu</nav>
        <AuditTable />
      </div>,
    );
    const grid = screen.getByRole('grid');
    await expect.element(grid.getByRole('row').nth(5)).toBeInTheDocument();
    const container = grid.element().closest<HTMLElement>('[data-slot="audit-table-container"]')!;
    const row = screen.getByRole('navigation').element().parentElement!.getBoundingClientRect();
    expect(container.getBoundingClientRect().width).toBeCloseTo(row.width - 200, 0);
  });
});
