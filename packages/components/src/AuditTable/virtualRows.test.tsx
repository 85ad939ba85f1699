// Infinite scrolling's row window (RowWindow) over thousands of events of different heights, in both layouts: only
// the rows in view are in the DOM, the scroll height is every row's, and nothing moves under the reader.
import type { AuditSort } from '@auditkit/headless';
import type { CSSProperties } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
  {
    name: 'description',
    displayName: 'Description',
    type: 'AlphaNumeric',
    sortable: false,
    showInTable: true,
  },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
// Every seventh event has a long action, which wraps: rows of different heights, unknown until rendered.
const events: AuditEventLike[] = Array.from({ length: 2000 }, (_, i) => ({
  frontegg_id: `e${i}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, 0, i)).toISOString(),
  action: i % 7 === 3 ? `Action ${i} ${'with a long name that wraps '.repeat(4)}` : `Action ${i}`,
  description: `Event ${i}`,
}));

/** The log at a width: 1000 px draws the table, 400 px the narrow layout's cards. */
async function renderRows(width: number) {
  const screen = await render(
    <div className="auditkit" style={{ width, '--auditkit-table-max-height': '400px' } as CSSProperties}>
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <AuditTableView events={events} columns={columns} sort={sort} onSortChange={() => {}} virtual />
      </AuditUiProvider>
    </div>,
  );
  await expect.poll(() => rows().length).toBeGreaterThan(0);
  // Found in the DOM rather than by role: a test mounts the log hidden, where it has no accessible role yet.
  const grid = document.querySelector<HTMLTableElement>('table[role="grid"]')!;
  return { screen, grid, container: grid.parentElement! };
}

const rows = () => [...document.querySelectorAll<HTMLElement>('tbody[data-index]')];
const indexes = () => rows().map((row) => Number(row.dataset.index));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

// What a host's error monitor would see: the browser reports a resize observer loop as an error on the window.
let errors: string[] = [];
const onError = (event: ErrorEvent) => errors.push(event.message);
beforeEach(() => {
  errors = [];
  window.addEventListener('error', onError);
});
afterEach(() => window.removeEventListener('error', onError));

describe.each([
  ['table', 1000],
  ['cards', 400],
])('virtual rows, %s layout', (_layout, width) => {
  it('renders a window of the 2,000 rows, and at the bottom the last row ends the scroll height', async () => {
    const { container } = await renderRows(width);
    expect(rows().length).toBeLessThan(60);
    expect(indexes()[0]).toBe(0);
    // Straight to the end, past rows never measured: the window follows until the last row is there.
    await expect
      .poll(async () => {
        container.scrollTop = container.scrollHeight;
        await nextFrame();
        return indexes().at(-1);
      })
      .toBe(1999);
    await nextFrame();
    const last = rows().at(-1)!;
    // No spacer is left below, and no gap: the last row (and its margin) fills the scroll height to the end.
    const margin = parseFloat(getComputedStyle(last).marginBlockEnd) || 0;
    const bottom = last.getBoundingClientRect().bottom + margin - container.getBoundingClientRect().top;
    expect(Math.abs(container.scrollTop + bottom - container.scrollHeight)).toBeLessThanOrEqual(
      container.clientTop + 1.5,
    );
    expect(rows().length).toBeLessThan(60);
    expect(errors).toEqual([]);
  });

  it('reaches the end in one jump made in the frame the rows first show', async () => {
    // Straight away, before any observer has reported: the list's height already comes from the first row.
    const { container } = await renderRows(width);
    container.scrollTop = container.scrollHeight;
    await nextFrame();
    await nextFrame();
    // The last rows are there (the next page would be asked for), within a few rows of the end: rows measured
    // there may differ a little from the first one.
    expect(indexes().at(-1)).toBe(1999);
    expect(container.scrollHeight - container.scrollTop - container.clientHeight).toBeLessThan(300);
    expect(errors).toEqual([]);
  });

  it('mounted in a hidden tab, learns the rows’ height when shown, not from the hidden rows', async () => {
    const hiddenTab = document.createElement('style');
    hiddenTab.textContent = '.auditkit { display: none }';
    document.head.append(hiddenTab);
    try {
      const { container } = await renderRows(width);
      await nextFrame();
      hiddenTab.remove();
      await nextFrame();
      await nextFrame();
      // Still a window of rows, in a list as tall as 2,000 rows: a hidden row's empty box is not a row height
      // (taken as one, every row was guessed at nothing and all 2,000 were drawn at once).
      expect(rows().length).toBeLessThan(60);
      expect(container.scrollHeight).toBeGreaterThan(2000 * 30);
      expect(errors).toEqual([]);
    } finally {
      hiddenTab.remove();
    }
  });

  it('stays at the end when the user jumps there just as the rows’ height is learnt', async () => {
    // Rows with no height as they mount (a host's stylesheet still loading): the list is as tall as the default
    // guess makes it until a row has one.
    const hidden = document.createElement('style');
    hidden.textContent = 'tbody[data-index] { display: none }';
    // Taller than the default guess, as rows with a user's name and email are: the list grows once they are known.
    const tall = document.createElement('style');
    tall.textContent = 'tbody[data-index] td { padding-block: 40px }';
    document.head.append(hidden, tall);
    try {
      const { container } = await renderRows(width);
      await nextFrame();
      // The rows get their height. The window learns it from its resize observer; the list on screen is redrawn
      // with it a frame later, and the user's jump to the end lands in between (what a loaded CI machine did to
      // the infinite-scroll test): an observer made after the window's is told after it, and jumps then.
      const jumped = new Promise<void>((resolve) => {
        const watch = new ResizeObserver((entries) => {
          if (!entries.some((entry) => entry.contentRect.height > 0)) return;
          watch.disconnect();
          setTimeout(() => {
            container.scrollTop = container.scrollHeight;
            resolve();
          });
        });
        watch.observe(rows()[0]!);
      });
      hidden.remove();
      await jumped;
      await nextFrame();
      await nextFrame();
      // The view stays at the end, where infinite scrolling asks for the next page, not in the middle of the list:
      // the last rows are drawn, at most a row or two below the view (rows measured there may be taller).
      expect(indexes().at(-1)).toBe(1999);
      expect(container.scrollHeight - container.scrollTop - container.clientHeight).toBeLessThan(
        2 * container.clientHeight,
      );
      expect(errors).toEqual([]);
    } finally {
      hidden.remove();
      tall.remove();
    }
  });

  it('keeps the row in view still while rows above it are measured for the first time', async () => {
    const { container } = await renderRows(width);
    // Into the middle, whose rows were never rendered: their heights are guesses until they are.
    container.scrollTop = container.scrollHeight / 2;
    await expect.poll(() => indexes()[0] ?? 0).toBeGreaterThan(300);
    await nextFrame();
    const box = container.getBoundingClientRect();
    const reading = rows().find((row) => row.getBoundingClientRect().top >= box.top + 60)!;
    const before = reading.getBoundingClientRect().top;
    // Up a little at a time, as a wheel does: rows above render, measured taller or shorter than guessed.
    for (let step = 0; step < 10; step += 1) {
      container.scrollTop -= 20;
      await nextFrame();
    }
    expect(reading.isConnected).toBe(true);
    expect(Math.abs(reading.getBoundingClientRect().top - (before + 200))).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it('opens a row’s details in the window, and the rows below follow', async () => {
    const { screen, container } = await renderRows(width);
    container.scrollTop = 300;
    await nextFrame();
    const toggle = screen.getByRole('button', { name: /^Details of / }).nth(4);
    await userEvent.click(toggle);
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await nextFrame();
    // The rows after the open one are still rendered down to the bottom of the view.
    const box = container.getBoundingClientRect();
    expect(rows().at(-1)!.getBoundingClientRect().bottom).toBeGreaterThan(box.bottom);
    expect(errors).toEqual([]);
  });
});
