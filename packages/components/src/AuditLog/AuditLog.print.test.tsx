// Printed, or saved as PDF from the print dialog, the log is evidence: a record of what is on screen. The filters,
// time range, zone and range of rows read as text; the controls that mean nothing on paper are left out; every
// loaded row and an open event's details print whole, in dark text on light whatever the theme. Print media is
// emulated over CDP (test/printMedia.ts) in boxes of 480 px (the filter sheet), 700 px (a portrait page: cards)
// and 1,100 px (the table).
import { defaultAuditColumns, defaultAuditQuery } from '@auditkit/headless';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { EventDetails } from '../EventDetails/EventDetails.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { printMedia, screenAfterEach } from '../test/printMedia.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

setupMockApi();
screenAfterEach();
beforeEach(async () => {
  history.replaceState(null, '', location.pathname);
  await page.viewport(1400, 900);
});

/** The log filtered to Info events in a box `width` px wide, its first page of 20 rows shown (on screen). */
async function renderLog(width: number, props: Partial<AuditLogProps> = {}) {
  const screen = await render(
    <div style={{ inlineSize: width }}>
      <AuditLog
        {...testAuditLogProps()}
        newEventsInterval={false}
        defaultQuery={{ ...defaultAuditQuery, filters: { severity: ['Info'] } }}
        {...props}
      />
    </div>,
  );
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  await expect.element(nav).toHaveTextContent(/1–20 of \d+/);
  await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeInTheDocument();
  const grid = screen.getByRole('grid', { name: 'Audit events' });
  return { screen, nav, grid };
}

/** A control as hidden as a printout leaves it: found even when not shown. */
const control = (screen: Awaited<ReturnType<typeof render>>, name: string | RegExp) =>
  screen.getByRole('button', { name, exact: true, includeHidden: true }).first();

/** Relative luminance (WCAG) of a computed `rgb()`/`rgba()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number) as [number, number, number];
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

it('emulates print media', async () => {
  await printMedia();
  expect(matchMedia('print').matches).toBe(true);
});

describe.each([
  [480, 'the filter sheet'],
  [700, 'cards'],
  [1100, 'the table'],
])('printed from a %i px box (%s)', (width) => {
  it('leaves out the controls, and keeps the filters, time range, zone and range of rows as text', async () => {
    const { screen, nav } = await renderLog(width);
    await printMedia();
    for (const name of ['Export', 'Columns', 'Views', 'Clear all', 'Next page']) {
      await expect.element(control(screen, name)).not.toBeVisible();
    }
    await expect.element(control(screen, /^Details of /)).not.toBeVisible();
    await expect.element(control(screen, /^Filters( \(\d+\))?$/)).not.toBeVisible();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await expect.element(chips.getByText('Severity: Info')).toBeVisible();
    await expect.element(control(screen, 'Remove filter Severity: Info')).not.toBeVisible();
    await expect.element(nav.getByText(/^1–20 of \d+$/)).toBeVisible();
    // In the narrow box these are in the closed filter sheet on screen.
    await expect.element(screen.getByRole('combobox', { name: 'Time range' })).toBeVisible();
    await expect.element(screen.getByRole('combobox', { name: 'Time zone' })).toBeVisible();
  });

  it('prints every row of the page and an open event’s details, none cut by the table’s box', async () => {
    const { screen, grid } = await renderLog(width);
    // The last row's details: the table's box scrolls to them on screen.
    await screen
      .getByRole('button', { name: /^Details of / })
      .last()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByText('Event ID')).toBeVisible();
    await printMedia();

    const box = grid.element().parentElement!;
    expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
    const inBox = (element: Element, what: string) => {
      const edges = box.getBoundingClientRect();
      const rect = element.getBoundingClientRect();
      expect(rect.height, what).toBeGreaterThan(0);
      expect(rect.top, what).toBeGreaterThanOrEqual(edges.top - 1);
      expect(rect.bottom, what).toBeLessThanOrEqual(edges.bottom + 1);
    };
    const rows = (await grid.getByRole('row').all()).filter((row) => !row.element().closest('thead'));
    // Twenty events and the open one's details.
    expect(rows).toHaveLength(21);
    for (const [index, row] of rows.entries()) {
      await expect.element(row).toBeVisible();
      inBox(row.element(), `row ${index + 1}`);
    }
    await expect.element(details).toBeVisible();
    inBox(details.element(), 'details');
    await expect.element(details.getByText('Event ID')).toBeVisible();
    // Every field of a row prints, the ones a card leaves to its details panel on screen too.
    const first = rows[0]!.element();
    for (const column of ['createdAt', 'email', 'action', 'description', 'ip', 'resource']) {
      const cell = first.querySelector(`[data-column="${column}"]`)!;
      expect(cell.getBoundingClientRect().width, column).toBeGreaterThan(20);
    }
  });

  it('prints the dark theme as dark text on light', async () => {
    const { screen, grid } = await renderLog(width, { theme: 'dark' });
    await printMedia();
    const root = screen.getByRole('region', { name: 'Audit log' }).element();
    expect(luminance(getComputedStyle(root).backgroundColor)).toBeGreaterThan(0.8);
    const row = (await grid.getByRole('row').all()).find((each) => !each.element().closest('thead'))!;
    for (const column of ['createdAt', 'action', 'description']) {
      const text = row.element().querySelector(`[data-column="${column}"]`)!;
      expect(luminance(getComputedStyle(text).color), column).toBeLessThan(0.2);
    }
    const chip = screen.getByRole('list', { name: 'Active filters' }).getByText('Severity: Info');
    expect(luminance(getComputedStyle(chip.element()).color)).toBeLessThan(0.2);
  });
});

describe('printed as the table (1,100 px)', () => {
  it('repeats the column headers on each page, in place, and keeps each row on one page', async () => {
    const { grid } = await renderLog(1100);
    await printMedia();
    const head = grid.element().querySelector('thead')!;
    expect(getComputedStyle(head).display).toBe('table-header-group');
    for (const name of ['Time', 'User', 'Action', 'Description']) {
      const header = grid.getByRole('columnheader', { name });
      await expect.element(header).toBeVisible();
      expect(getComputedStyle(header.element()).position, name).toBe('static');
    }
    const row = (await grid.getByRole('row').all()).find((each) => !each.element().closest('thead'))!;
    expect(getComputedStyle(row.element()).breakInside).toBe('avoid');
  });
});

describe('printed as cards (700 px)', () => {
  it('shows each card’s severity as its word in a frame, not as colour alone', async () => {
    const { grid } = await renderLog(700, { theme: 'dark' });
    await printMedia();
    const badge = grid.getByText('Info', { exact: true }).first();
    await expect.element(badge).toBeVisible();
    const style = getComputedStyle(badge.element());
    expect(luminance(style.color)).toBeLessThan(0.2);
    expect(style.borderTopStyle).toBe('solid');
  });
});

// A panel shows a long list a slice at a time; the one sign that more exists is the "Show more" button, and a
// printout that left every button out showed 100 entries of 4,900 as if they were all.
it('prints how many entries a long list of the details leaves out', async () => {
  const event = {
    frontegg_id: 'evt-long',
    createdAt: '2026-11-25T10:00:00.000Z',
    action: 'Bulk import',
    json: { rows: Array.from({ length: 150 }, (_, index) => `row ${index}`) },
    ...Object.fromEntries(Array.from({ length: 130 }, (_, index) => [`extra_${index}`, `value ${index}`])),
  };
  const { screen } = await renderAudit(<EventDetails event={event} columns={defaultAuditColumns} />);
  await printMedia();
  const more = screen.getByRole('button', { name: /^Show \d+ more \(\d+ left\)$/, includeHidden: true });
  await expect.poll(() => more.elements().length).toBe(2);
  for (const button of more.elements()) await expect.element(button).toBeVisible();
});
