// Right to left: the log mirrors with the host's `dir` (or its own `dir` prop), chevrons and pagination arrows
// point along the reading direction, and addresses stay left to right inside right-to-left text.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import * as he from '../messages/he.ts';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);
const mirrored = 'matrix(-1, 0, 0, 1, 0, 0)';

async function renderLog(props: Partial<AuditLogProps> = {}, hostDir?: 'rtl' | 'ltr') {
  const screen = await render(
    <div dir={hostDir} style={{ inlineSize: 1280 }}>
      <AuditLog
        baseUrl=""
        getToken={getToken}
        defaultTimeZone="UTC"
        locale="en-US"
        queryClient={testQueryClient()}
        newEventsInterval={false}
        {...props}
      />
    </div>,
  );
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  await expect.element(nav).toHaveTextContent('of 240');
  // The rows, not only the count: the table waits for the column metadata too, which may answer after the list
  // (then there is no row yet to measure: flaky under parallel load).
  await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
  return { screen, nav };
}

const box = (element: Element) => element.getBoundingClientRect();
const iconTransform = (button: Element) =>
  getComputedStyle(button.querySelector('[data-slot="audit-icon"]')!).transform;
/** The x axis of a row's expand chevron, drawn by CSS on the button: negative when mirrored (pointing left). */
const chevronX = (button: Element) => new DOMMatrix(getComputedStyle(button, '::before').transform).a;

describe('right to left', () => {
  // The frame holds the 1280 px box the log sits in.
  beforeEach(() => page.viewport(1400, 900));

  it('follows the host page’s dir: the layout, chevrons and pagination mirror', async () => {
    const { screen, nav } = await renderLog({}, 'rtl');
    const root = screen.getByRole('region', { name: 'Audit log' }).element();
    expect(getComputedStyle(root).direction).toBe('rtl');
    const first = nav.getByRole('button', { name: 'First page' }).element();
    const next = nav.getByRole('button', { name: 'Next page' }).element();
    const last = nav.getByRole('button', { name: 'Last page' }).element();
    // "First" sits at the right, "Last" at the left, and "Next" points left (toward the later pages).
    expect(box(first).left).toBeGreaterThan(box(next).left);
    expect(box(next).left).toBeGreaterThan(box(last).left);
    expect(iconTransform(next)).toBe(mirrored);
    expect(iconTransform(last)).toBe(mirrored);
    const expand = screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .element();
    expect(chevronX(expand)).toBeLessThan(0);
    // The table's first column (the details button) is at the right edge, the time right after it, leftward.
    const time = screen.getByRole('columnheader', { name: 'Time' }).element();
    expect(box(expand).left).toBeGreaterThan(box(time).left);
  });

  it('the dir prop wins over the host; left-to-right text keeps its icons as drawn', async () => {
    const { screen, nav } = await renderLog({ dir: 'rtl' }, 'ltr');
    const root = screen.getByRole('region', { name: 'Audit log' }).element();
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(iconTransform(nav.getByRole('button', { name: 'Next page' }).element())).toBe(mirrored);
    await screen.unmount();
    const ltr = await renderLog();
    expect(iconTransform(ltr.nav.getByRole('button', { name: 'Next page' }).element())).toBe('none');
    const expand = ltr.screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .element();
    expect(chevronX(expand)).toBeGreaterThan(0);
  });

  it('keeps IP addresses left to right and opens popovers from the trigger’s start edge', async () => {
    const { screen } = await renderLog({ dir: 'rtl' });
    const ip = document.querySelector('[data-slot="audit-ip-value"]')!;
    expect(getComputedStyle(ip).direction).toBe('ltr');
    expect(getComputedStyle(ip).unicodeBidi).toBe('isolate');
    const trigger = screen.getByRole('search').getByRole('button', { name: 'Severity', exact: true });
    // The toolbar settles first (its parts load on their own); the popover is placed once, when it opens.
    let last = Number.NaN;
    await expect
      .poll(async () => {
        const before = last;
        await new Promise((resolve) => setTimeout(resolve, 100));
        last = box(trigger.element()).right;
        return last === before;
      })
      .toBe(true);
    await trigger.click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    // Aligned with the trigger's right edge, its start in right-to-left text (the window is wide enough).
    expect(Math.abs(box(dialog.element()).right - box(trigger.element()).right)).toBeLessThanOrEqual(1);
  });
});

describe('in Hebrew', () => {
  beforeEach(() => page.viewport(1400, 900));

  it('reads right to left: columns, pagination and chevrons mirrored, focus moving as the eye does', async () => {
    const t = he.messages;
    const screen = await render(
      <div style={{ inlineSize: 1280 }}>
        <AuditLog
          baseUrl=""
          getToken={getToken}
          translation={he}
          dir="rtl"
          defaultTimeZone="UTC"
          queryClient={testQueryClient()}
          newEventsInterval={false}
        />
      </div>,
    );
    const nav = screen.getByRole('navigation', { name: t.paginationLabel });
    await expect.element(nav).toHaveTextContent(/240/);
    // The rows too, which wait for the column metadata as well as the list (see renderLog).
    await expect.element(screen.getByRole('button', { name: /^פרטי / }).first()).toBeVisible();
    const root = screen.getByRole('region', { name: t.regionLabel }).element();
    expect(getComputedStyle(root).direction).toBe('rtl');

    // Reading order: the headers and the first row's cells run from right to left in document order.
    const leftsOf = (elements: Element[]) => elements.map((element) => box(element).left);
    const descending = (values: number[]) => values.every((value, i) => i === 0 || value < values[i - 1]!);
    const headers = screen.getByRole('columnheader').elements();
    expect(headers.length).toBeGreaterThan(4);
    expect(descending(leftsOf(headers)), String(leftsOf(headers))).toBe(true);
    const cells = [...screen.getByRole('row').nth(1).element().children];
    expect(descending(leftsOf(cells)), String(leftsOf(cells))).toBe(true);

    // Pagination: first at the right, last at the left; the arrows point along Hebrew's reading direction.
    const steps = [t.firstPage, t.previousPage, t.nextPage, t.lastPage].map((name) =>
      nav.getByRole('button', { name }).element(),
    );
    expect(descending(leftsOf(steps))).toBe(true);
    for (const step of steps) expect(iconTransform(step)).toBe(mirrored);
    expect(
      chevronX(
        screen
          .getByRole('button', { name: /^פרטי / })
          .first()
          .element(),
      ),
    ).toBeLessThan(0);

    // Focus order follows the picture: from the search box to the page size, each Tab stop is to the left of
    // the one before on the same line, or on a line below.
    const search = screen.getByRole('combobox', { name: t.searchLabel }).element() as HTMLElement;
    const pageSize = nav.getByRole('combobox').element();
    search.focus();
    const stops: Element[] = [search];
    while (document.activeElement !== pageSize && stops.length < 40) {
      await userEvent.keyboard('{Tab}');
      stops.push(document.activeElement!);
    }
    expect(document.activeElement).toBe(pageSize);
    // Search, time range, severity, more filters, views, time zone, columns, export, the grid, pages, next, last.
    expect(stops.length).toBeGreaterThanOrEqual(12);
    for (let i = 1; i < stops.length; i++) {
      const before = box(stops[i - 1]!);
      const after = box(stops[i]!);
      const sameLine = after.top < before.bottom && before.top < after.bottom;
      const where = `${stops[i - 1]!.outerHTML.slice(0, 80)} → ${stops[i]!.outerHTML.slice(0, 80)}`;
      if (sameLine) expect(after.right, where).toBeLessThanOrEqual(before.left + 1);
      else expect(after.top, where).toBeGreaterThanOrEqual(before.bottom - 1);
    }
  });
});
