// The log in containers of 320, 480, 768 and 1280 px (a sized box in a fixed 1,400 px frame, so only the
// container's width changes): no sideways page scroll at any width, cards and a filter sheet when narrow, axe
// clean, and at 320 px every action (search, filter, sort, page, details, export, columns) done by keyboard alone.
import { defaultAuditQuery, type AuditQuery } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http, HttpResponse } from 'msw';
import { cdp, page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { axeViolations } from '../test/axe.ts';
import { isListRequest, overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog } from './AuditLog.tsx';

const mockApi = setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

async function renderInBox(width: number) {
  const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
  const screen = await render(
    <>
      <button type="button">Host page</button>
      <div style={{ inlineSize: width }}>
        <AuditLog
          baseUrl=""
          getToken={getToken}
          defaultTimeZone="UTC"
          locale="en-US"
          queryClient={testQueryClient()}
          newEventsInterval={false}
          exportOptions={{ target: 'blob', saveBlob }}
          // Column choices of these tests (one shows Severity) stay out of other files' default columns.
          columnsStorageKey="auditkit.layout-test.columns"
        />
      </div>
    </>,
  );
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  await expect.element(nav).toHaveTextContent('1–20 of 240');
  // The rows, not only the count: the table waits for the column metadata too, which may answer after the list.
  await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeInTheDocument();
  const root = screen.getByRole('region', { name: 'Audit log' }).element() as HTMLElement;
  return { screen, nav, root, saveBlob };
}

/** Presses Tab until the element has focus; fails after `limit` presses. Returns how many it took. */
async function tabTo(target: Element, limit = 80) {
  for (let presses = 0; presses <= limit; presses++) {
    if (document.activeElement === target) return presses;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${target.outerHTML.slice(0, 160)}`);
}

interface AxNode {
  role?: { value?: string };
  ignored?: boolean;
}

/** Presses an arrow key until the element has focus (the events grid is one Tab stop, arrows inside). */
async function arrowTo(target: Element, key: string, limit = 20) {
  for (let presses = 0; presses <= limit; presses++) {
    if (document.activeElement === target) return presses;
    await userEvent.keyboard(`{${key}}`);
  }
  throw new Error(`${key} never reached ${target.outerHTML.slice(0, 160)}`);
}

/** The last page request (not a snapshot's lookup of the newest event beside a page, `count=1`). */
const lastList = () =>
  requests.filter((url) => isListRequest(url) && url.searchParams.get('count') !== '1').at(-1);

beforeEach(() => page.viewport(1400, 900));
afterEach(() => {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('auditkit.layout-test.')) localStorage.removeItem(key);
  }
});

describe.each([320, 480, 768, 1280])('in a %i px container', (width) => {
  const cards = width < 830;
  const sheet = width < 540;

  it(`never scrolls the page sideways; ${cards ? 'cards' : 'the table'}, ${sheet ? 'a filter sheet' : 'filters in the row'}; axe clean`, async () => {
    const { screen, root } = await renderInBox(width);
    expect(root.getBoundingClientRect().width).toBe(width);
    const noSidewaysScroll = () => {
      const page = document.scrollingElement ?? document.documentElement;
      expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    };
    noSidewaysScroll();

    const row = screen.getByRole('row').nth(1).element();
    expect(getComputedStyle(row).display).toBe(cards ? 'grid' : 'table-row');
    if (cards) {
      // A card: time, who, what, severity (Frontegg's metadata hides the column: the row's own mark shows it)
      // and the description's first line, all inside the container.
      const card = row.getBoundingClientRect();
      expect(card.right).toBeLessThanOrEqual(root.getBoundingClientRect().right);
      for (const column of ['createdAt', 'email', 'action', 'description']) {
        const cell = row.querySelector(`[data-column="${column}"]`)!;
        expect(cell.getBoundingClientRect().width, column).toBeGreaterThan(20);
      }
      const mark = row.querySelector<HTMLElement>(
        '[data-slot="audit-expand-cell"] > [data-slot="audit-severity"]',
      )!;
      expect(mark.textContent).toMatch(/^(Info|Medium|High|Critical|Error)$/i);
      expect(mark.getBoundingClientRect().width).toBeGreaterThan(20);
      // Fields the card leaves to the details panel stay in the table for screen readers, off screen.
      expect(
        row.querySelector('[data-column="resource"]')!.getBoundingClientRect().width,
      ).toBeLessThanOrEqual(1);
    }

    const toggle = screen.getByRole('button', { name: 'Filters', exact: true });
    const timeRange = screen.getByRole('combobox', { name: 'Time range' });
    if (sheet) {
      await expect.element(toggle).toBeVisible();
      await expect.element(timeRange).not.toBeInTheDocument();
      await toggle.click();
      await expect.element(timeRange).toBeVisible();
    } else {
      await expect.element(toggle).not.toBeInTheDocument();
      await expect.element(timeRange).toBeVisible();
    }
    // Search, export and columns stay in the toolbar at every width.
    await expect.element(screen.getByRole('combobox', { name: 'Search events' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Columns', exact: true })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Next page' })).toBeVisible();

    // An event opened, then axe over the whole log.
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    await expect.element(screen.getByRole('region', { name: /^Details of / })).toBeVisible();
    await expect
      .element(screen.getByRole('region', { name: /^Details of / }).getByText('Event ID'))
      .toBeVisible();
    noSidewaysScroll();
    expect(await axeViolations(root)).toEqual([]);
  });
});

/** The log in a box `width` px wide, opened on the default query with `filters`. */
function renderFiltered(width: number, filters: AuditQuery['filters']) {
  return render(
    <div style={{ inlineSize: width }}>
      <AuditLog
        baseUrl=""
        getToken={getToken}
        defaultTimeZone="UTC"
        locale="en-US"
        queryClient={testQueryClient()}
        newEventsInterval={false}
        defaultQuery={{ ...defaultAuditQuery, filters }}
        columnsStorageKey="auditkit.layout-test.columns"
      />
    </div>,
  );
}

describe.each([320, 1280])('a filter value longer than a %i px container', (width) => {
  it('wraps inside its chip, the chip’s remove button in view, the page never scrolled sideways', async () => {
    const value = 'x'.repeat(300);
    const screen = await renderFiltered(width, { action: [value] });
    const remove = screen.getByRole('button', { name: new RegExp(`^Remove filter .*${value}`) });
    await expect.element(remove).toBeVisible();
    const root = screen.getByRole('region', { name: 'Audit log' }).element() as HTMLElement;
    const page = document.scrollingElement ?? document.documentElement;
    expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    expect(remove.element().getBoundingClientRect().right).toBeLessThanOrEqual(
      root.getBoundingClientRect().right,
    );
  });
});

describe('a long unbroken word in a note under the search box, in a 320 px container', () => {
  /** The page and the log never scroll sideways, and the search field ends inside the log. */
  function expectInsideLog(screen: Awaited<ReturnType<typeof render>>) {
    const root = screen.getByRole('region', { name: 'Audit log' }).element() as HTMLElement;
    const page = document.scrollingElement ?? document.documentElement;
    expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const search = screen.getByRole('combobox', { name: 'Search events' }).element();
    expect(search.getBoundingClientRect().right).toBeLessThanOrEqual(root.getBoundingClientRect().right);
  }

  it('wraps a search term that is not applied', async () => {
    const { screen } = await renderInBox(320);
    const term = 'emial:ada.lovelace@analyticalengine.example.org';
    await screen.getByRole('combobox', { name: 'Search events' }).fill(term);
    const notApplied = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(notApplied).toHaveTextContent(term);
    expectInsideLog(screen);
  });

  it('wraps a filter value the API cannot apply', async () => {
    const value = 'x'.repeat(300);
    const screen = await renderFiltered(320, { nosuch: [value] });
    const note = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect.element(note).toHaveTextContent(value);
    expectInsideLog(screen);
  });
});

describe.each([320, 1280])('a long unbroken field name in an event, in a %i px container', (width) => {
  it('wraps inside the details panel, its value keeping room beside it', async () => {
    const field = `field${'x'.repeat(200)}`;
    const key = `key${'y'.repeat(200)}`;
    // The mock's answers, with the first event given a field and a payload key of one 200-character word.
    const longNames = async ({ request }: { request: Request }) => {
      const body = (await (await mockApi().handle(request))!.json()) as {
        data: Array<Record<string, unknown>>;
      };
      body.data[0] = { ...body.data[0], [field]: 'value', json: { [key]: 'value' } };
      return HttpResponse.json(body);
    };
    overrideMock(http.get('*/audits/resources/audits/v2', longNames), http.get('*/audits', longNames));
    const { screen, root } = await renderInBox(width);
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByText(field)).toBeVisible();
    await expect.element(details.getByText(key)).toBeVisible();
    const page = document.scrollingElement ?? document.documentElement;
    expect(page.scrollWidth).toBeLessThanOrEqual(page.clientWidth);
    expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    const panel = details.element().getBoundingClientRect();
    for (const name of [field, key]) {
      const box = details.getByText(name).element().getBoundingClientRect();
      expect(box.right, name.slice(0, 8)).toBeLessThanOrEqual(panel.right + 0.5);
    }
    // The name leaves its value room to be read, not a column a letter wide.
    const value = details.getByText(field).element().nextElementSibling!;
    expect(value.getBoundingClientRect().width).toBeGreaterThan(panel.width * 0.4);
  });
});

describe('a filter dialog open while the container narrows', () => {
  it('stays shown and usable, its sheet opened under it, instead of hiding behind an inert page', async () => {
    // Wide, the filters sit in the row; narrow, behind the "Filters" sheet, which a rotated phone, a zoom or a
    // host's drawer can bring about while a filter's dialog (a modal, the rest of the page inert) is open.
    const { screen, root } = await renderInBox(1280);
    await screen.getByRole('button', { name: 'Severity' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    await expect.element(dialog).toBeVisible();
    // Focus can leave for the page's body while the dialog stays open (a click on something in it that takes no
    // focus, a script's blur()): the dialog is still the user's.
    await expect.poll(() => dialog.element().contains(document.activeElement)).toBe(true);
    (document.activeElement as HTMLElement).blur();
    expect(document.activeElement).toBe(document.body);
    root.parentElement!.style.inlineSize = '320px';
    await expect.element(screen.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    await expect.element(dialog).toBeVisible();
    // Still usable by pointer: the box ticked is the one under the pointer.
    await dialog.getByRole('checkbox', { name: 'High' }).click();
    await expect.element(dialog.getByRole('checkbox', { name: 'High' })).toBeChecked();
    // Closed, focus goes back to its button, in the sheet that is now open.
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    const severity = screen.getByRole('button', { name: /^Severity/ });
    await expect.element(severity).toHaveFocus();
    await expect.element(severity).toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: /^Filters/ }))
      .toHaveAttribute('aria-expanded', 'true');
  });

  it('leaves the sheet closed when the container stayed wide', async () => {
    const { screen, root } = await renderInBox(1280);
    await screen.getByRole('button', { name: 'Severity' }).click();
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog', { name: 'Severity' })).not.toBeInTheDocument();
    root.parentElement!.style.inlineSize = '320px';
    await expect
      .element(screen.getByRole('button', { name: 'Filters', exact: true }))
      .toHaveAttribute('aria-expanded', 'false');
    await expect.element(screen.getByRole('combobox', { name: 'Time range' })).not.toBeInTheDocument();
  });
});

describe('at 320 px, by keyboard alone', () => {
  it('filters, picks columns, exports, sorts, opens details and pages', async () => {
    const { screen, nav, saveBlob } = await renderInBox(320);
    const start = screen.getByRole('button', { name: 'Host page' }).element() as HTMLElement;
    start.focus();

    // Filter: the one "Filters" button opens the sheet; Tab goes into it; Escape closes it and returns focus.
    const toggle = screen.getByRole('button', { name: 'Filters', exact: true });
    await tabTo(toggle.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Time range' }).element());
    await tabTo(screen.getByRole('button', { name: 'Severity' }).element());
    await userEvent.keyboard('{Enter}');
    const high = screen.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' });
    await tabTo(high.element(), 10);
    await userEvent.keyboard(' ');
    await expect.poll(() => lastList()?.searchParams.get('severity')).toBe('High');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('dialog', { name: 'Severity' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    const filters = screen.getByRole('button', { name: 'Filters (1)' });
    await expect.element(filters).toHaveAttribute('aria-expanded', 'false');
    expect(document.activeElement).toBe(filters.element());
    await expect.element(screen.getByRole('combobox', { name: 'Time range' })).not.toBeInTheDocument();

    // Columns: show Severity.
    await tabTo(screen.getByRole('button', { name: 'Columns', exact: true }).element());
    await userEvent.keyboard('{Enter}');
    const picker = screen.getByRole('dialog', { name: 'Show and order columns' });
    await tabTo(picker.getByRole('checkbox', { name: 'Severity' }).element(), 30);
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Escape}');
    await expect.element(screen.getByRole('columnheader', { name: 'Severity' })).toBeInTheDocument();
    await expect.element(screen.getByRole('row').nth(1).getByText('High')).toBeVisible();

    // Export what is filtered.
    await tabTo(screen.getByRole('button', { name: 'Export', exact: true }).element());
    await userEvent.keyboard('{Enter}');
    const exportDialog = screen.getByRole('dialog', { name: 'Export' });
    await tabTo(exportDialog.getByRole('button', { name: 'Download' }).element(), 20);
    await userEvent.keyboard('{Enter}');
    await expect.element(exportDialog.getByText(/^Export complete: \d+ events$/)).toBeVisible();
    expect(saveBlob).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');

    // Details of the first event: the events grid's one Tab stop.
    const details = screen.getByRole('button', { name: /^Details of / }).first();
    await tabTo(details.element());
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('region', { name: /^Details of / })).toBeVisible();

    // Sort by user from the row of sort buttons above the cards: up into the header row, then along it.
    const user = screen.getByRole('columnheader', { name: 'User' });
    // Every stop on the way is on screen (a header with nothing to press shows while it has focus).
    const seen: Array<{ stop: string; width: number }> = [];
    const onFocus = (event: FocusEvent) => {
      const stop = event.target as Element;
      seen.push({ stop: stop.outerHTML.slice(0, 100), width: stop.getBoundingClientRect().width });
    };
    document.addEventListener('focusin', onFocus);
    await userEvent.keyboard('{ArrowUp}');
    await arrowTo(user.getByRole('button').element(), 'ArrowRight');
    document.removeEventListener('focusin', onFocus);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    for (const { stop, width } of seen) expect(width, stop).toBeGreaterThan(4);
    await userEvent.keyboard('{Enter}');
    await expect.element(user).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => lastList()?.searchParams.get('sortBy')).toBe('email');

    // Next page.
    await tabTo(nav.getByRole('button', { name: 'Next page' }).element(), 120);
    await userEvent.keyboard('{Enter}');
    await expect.element(nav).toHaveTextContent(/^21–/);
  });

  it('searches', async () => {
    const { screen, nav } = await renderInBox(320);
    (screen.getByRole('button', { name: 'Host page' }).element() as HTMLElement).focus();
    await tabTo(screen.getByRole('combobox', { name: 'Search events' }).element());
    await userEvent.keyboard('Vic Viewer{Enter}');
    await expect.element(nav).not.toHaveTextContent('of 240');
    await expect.element(nav).toHaveTextContent(/ of \d+/);
  });

  it('keeps the events grid a grid of rows, headers and cells for screen readers while it shows cards', async () => {
    const { screen } = await renderInBox(320);
    await expect.element(screen.getByRole('row').nth(20)).toBeInTheDocument();
    // Chromium's own accessibility tree (what a screen reader reads), not the DOM's roles.
    // The test runs in a frame of the runner's page: read that frame's tree.
    const { frameTree } = (await cdp().send('Page.getFrameTree')) as {
      frameTree: { childFrames?: Array<{ frame: { id: string } }> };
    };
    const frames = (frameTree.childFrames ?? []).map((child) => child.frame.id);
    const trees = await Promise.all(
      frames.map((frameId) => cdp().send('Accessibility.getFullAXTree', { frameId })),
    );
    const nodes = trees.flatMap((tree) => (tree as { nodes: AxNode[] }).nodes);
    const roles = nodes.filter((node) => !node.ignored).map((node) => node.role?.value);
    expect(roles).toContain('grid');
    expect(roles.filter((role) => role === 'row').length).toBeGreaterThanOrEqual(21);
    expect(roles.filter((role) => role === 'columnheader').length).toBeGreaterThanOrEqual(6);
    expect(roles.filter((role) => role === 'gridcell').length).toBeGreaterThanOrEqual(20 * 6);
  });
});
