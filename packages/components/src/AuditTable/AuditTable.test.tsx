import { AuditProvider, createAuditClient, defaultAuditQuery } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../test/axe.ts';
import { setupMockApi, requests } from '../test/mockApi.ts';
import { renderAudit, testQueryClient } from '../test/renderAudit.tsx';
import { render } from 'vitest-browser-react';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();
/** The list's page requests, not a snapshot's lookup of the newest event beside a page (`count=1`). */
const listCalls = () =>
  requests.filter(
    (url) => url.pathname.endsWith('/audits/resources/audits/v2') && url.searchParams.get('count') !== '1',
  );
const ipCalls = () => requests.filter((url) => url.pathname.includes('/metadata/ip/'));

describe('AuditTable', () => {
  it('is a real table with column headers from the metadata, a page of rows and the count announced', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(screen.getByRole('status').filter({ hasText: '240 events' })).toBeInTheDocument();
    for (const name of ['Time', 'User', 'Action', 'Description', 'IP Address']) {
      const header = table.getByRole('columnheader', { name });
      await expect.element(header).toBeVisible();
      expect(header.element().getAttribute('scope')).toBe('col');
    }
    expect(table.getByRole('columnheader', { name: 'Severity' }).elements()).toHaveLength(0);
    // 20 event rows + the header row.
    expect(table.getByRole('row').elements()).toHaveLength(21);
    await expect
      .element(table.getByRole('columnheader', { name: 'Time' }))
      .toHaveAttribute('aria-sort', 'descending');
  });

  it('works on its own inside a bare AuditProvider, with its own query state', async () => {
    const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
    const screen = await render(
      <AuditProvider client={client} queryClient={testQueryClient()}>
        <AuditTable />
      </AuditProvider>,
    );
    await expect
      .element(screen.getByRole('grid', { name: 'Audit events' }).getByRole('row').nth(20))
      .toBeInTheDocument();
    await screen.getByRole('button', { name: 'User', exact: true }).click();
    await expect
      .element(screen.getByRole('columnheader', { name: 'User' }))
      .toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts on the server from the keyboard, reporting aria-sort', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByRole('row').nth(20)).toBeInTheDocument();
    const sortAction = table.getByRole('button', { name: 'Action' });
    (sortAction.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect
      .element(table.getByRole('columnheader', { name: 'Action' }))
      .toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(() => listCalls().at(-1)?.searchParams.get('sortBy')).toBe('action');
    expect(listCalls().at(-1)?.searchParams.get('sortDirection')).toBe('asc');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(table.getByRole('columnheader', { name: 'Action' }))
      .toHaveAttribute('aria-sort', 'descending');
    await expect.poll(() => listCalls().at(-1)?.searchParams.get('sortDirection')).toBe('desc');
    await expect
      .element(table.getByRole('columnheader', { name: 'Time' }))
      .toHaveAttribute('aria-sort', 'none');
  });

  it('expands a row into every field by keyboard, looking up the IP location only then, once', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const table = screen.getByRole('grid', { name: 'Audit events' });
    const expand = table.getByRole('button', { name: /^Details of / }).first();
    await expect.element(expand).toHaveAttribute('aria-expanded', 'false');
    expect(ipCalls()).toHaveLength(0);
    (expand.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
    const panelId = expand.element().getAttribute('aria-controls')!;
    const panel = screen.getByRole('region', { name: expand.element().getAttribute('aria-label')! });
    await expect.element(panel).toBeVisible();
    expect(panel.element().closest('tr')!.id).toBe(panelId);
    await expect.element(panel.getByText('User Agent')).toBeVisible();
    await expect.element(panel.getByText('Event ID')).toBeVisible();
    await expect.poll(() => ipCalls().length).toBe(1);
    // The answer arrived (a lookup cancelled mid-flight by closing would be asked again, by design).
    await expect.element(panel.getByText('Looking up…')).not.toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    await expect.element(expand).toHaveAttribute('aria-expanded', 'false');
    await expect.element(panel).not.toBeInTheDocument();
    // Open again: the location comes from the cache.
    await userEvent.keyboard('{Enter}');
    await expect.element(expand).toHaveAttribute('aria-expanded', 'true');
    expect(ipCalls()).toHaveLength(1);
  });

  it('never asks for IP locations on render, only when a cell disclosure is opened', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const locate = screen.getByRole('button', { name: /^Location of / });
    await expect.element(locate.first()).toBeVisible();
    expect(locate.elements().length).toBeGreaterThan(10);
    expect(ipCalls()).toHaveLength(0);
    await locate.first().click();
    await expect.element(locate.first()).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => ipCalls().length).toBe(1);
  });

  it('says an opened IP location to screen readers: a status, there empty a frame before the place fills it', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const locate = screen.getByRole('button', { name: /^Location of / }).first();
    await expect.element(locate).toBeVisible();
    // The button's own element, read every frame (a locator would throw once the test has cleaned up).
    const button = locate.element();
    const panel = () => document.getElementById(button.getAttribute('aria-controls')!);
    const frames: string[] = [];
    const sample = () => {
      const shown = panel();
      frames.push(shown ? `${shown.getAttribute('role')}:${shown.textContent}` : 'none');
      frame = requestAnimationFrame(sample);
    };
    let frame = requestAnimationFrame(sample);
    try {
      await locate.click();
      await expect.poll(() => panel()?.textContent).toMatch(/\w/);
      await new Promise(requestAnimationFrame);
    } finally {
      cancelAnimationFrame(frame);
    }
    expect(panel()?.getAttribute('role')).toBe('status');
    const shown = frames.filter((text) => text !== 'none');
    expect(shown[0], frames.join('|')).toBe('status:');
    expect(shown.at(-1)).toMatch(/^status:\S/);
  });

  it('opens a cell disclosure in its own row only, each control pointing at its own panel', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const locate = screen.getByRole('button', { name: /^Location of / });
    await expect.element(locate.nth(1)).toBeVisible();
    await locate.nth(1).click();
    await expect.element(locate.nth(1)).toHaveAttribute('aria-expanded', 'true');
    expect(
      locate.elements().filter((button) => button.getAttribute('aria-expanded') === 'true'),
    ).toHaveLength(1);
    const panelId = locate.nth(1).element().getAttribute('aria-controls')!;
    const panel = document.getElementById(panelId);
    expect(panel?.hidden).toBe(false);
    await expect.poll(() => panel?.textContent).not.toBe('');
    // Every time's relative-time tooltip is its own element, found by its own id.
    const times = screen.getByRole('grid').element().querySelectorAll('time[aria-describedby]');
    const tipIds = [...times].map((time) => time.getAttribute('aria-describedby')!);
    expect(tipIds.length).toBeGreaterThan(10);
    expect(new Set(tipIds).size).toBe(tipIds.length);
    expect(tipIds.every((id) => document.getElementById(id)?.getAttribute('role') === 'tooltip')).toBe(true);
    await locate.nth(1).click();
    await expect.element(locate.nth(1)).toHaveAttribute('aria-expanded', 'false');
    // The panel exists only while open (as the details row does), not hidden in every row.
    expect(document.getElementById(panelId)).toBeNull();
  });

  it('points each aria-controls at an element that is there: none while closed, the panel once open (every frame)', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const expand = grid.getByRole('button', { name: /^Details of / });
    const locate = grid.getByRole('button', { name: /^Location of / });
    await expect.element(locate.first()).toBeVisible();
    expect(expand.elements().length).toBeGreaterThan(10);
    expect(locate.elements().length).toBeGreaterThan(10);
    /** Each control whose aria-controls names an id no element has, with that id. */
    const dangling = () =>
      [...document.querySelectorAll('[aria-controls]')].flatMap((control) =>
        control
          .getAttribute('aria-controls')!
          .split(/\s+/)
          .filter((id) => id && !document.getElementById(id))
          .map((id) => `${control.getAttribute('aria-label') ?? control.textContent} → ${id}`),
      );
    expect(dangling()).toEqual([]);

    // Read every frame while the location opens and fills (its status is there empty a frame before the place).
    const frames: string[][] = [];
    const sample = () => {
      frames.push(dangling());
      frame = requestAnimationFrame(sample);
    };
    let frame = requestAnimationFrame(sample);
    try {
      await locate.first().click();
      await expect.element(locate.first()).toHaveAttribute('aria-expanded', 'true');
      const statusId = locate.first().element().getAttribute('aria-controls')!;
      await expect.poll(() => document.getElementById(statusId)?.textContent).toMatch(/\w/);
      expect(document.getElementById(statusId)?.getAttribute('role')).toBe('status');

      await expand.first().click();
      await expect.element(expand.first()).toHaveAttribute('aria-expanded', 'true');
      const detailsId = expand.first().element().getAttribute('aria-controls')!;
      const panel = grid.getByRole('region', { name: expand.first().element().getAttribute('aria-label')! });
      await expect.element(panel).toBeVisible();
      expect(panel.element().closest('tr')?.id).toBe(detailsId);
      await new Promise(requestAnimationFrame);
    } finally {
      cancelAnimationFrame(frame);
    }
    expect(frames.flat()).toEqual([]);
    expect(dangling()).toEqual([]);

    // Closed again, they point at nothing, as before.
    await expand.first().click();
    await locate.first().click();
    await expect.element(locate.first()).toHaveAttribute('aria-expanded', 'false');
    await expect.element(expand.first()).toHaveAttribute('aria-expanded', 'false');
    expect(expand.first().element().hasAttribute('aria-controls')).toBe(false);
    expect(locate.first().element().hasAttribute('aria-controls')).toBe(false);
    expect(dangling()).toEqual([]);
  });

  it('shows a busy skeleton while the first page loads', async () => {
    api().setScenario({ latencyMs: 1500 });
    const { screen } = await renderAudit(<AuditTable />);
    const loading = screen.getByText('Loading events…');
    await expect.element(loading).toBeInTheDocument();
    expect(loading.element().closest('[aria-busy="true"]')).not.toBeNull();
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    await expect.element(loading).not.toBeInTheDocument();
  });

  it("holds the first page's place while it loads: its rows take the skeleton's, and what is below stays put", async () => {
    api().setScenario({ latencyMs: 600 });
    const { screen } = await renderAudit(
      <>
        <AuditTable />
        <p>Below the table</p>
      </>,
    );
    await expect.element(screen.getByText('Loading events…')).toBeInTheDocument();
    const below = screen.getByText('Below the table').element();
    const before = below.getBoundingClientRect().top;
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    // 425 px when the skeleton was five short bars, whatever the page size.
    expect(Math.abs(below.getBoundingClientRect().top - before)).toBeLessThan(1);
  });

  it('says there are no events at all for an empty tenant', async () => {
    api().setScenario({ emptyTenants: ['tenant-acme'] });
    const { screen } = await renderAudit(<AuditTable />);
    await expect.element(screen.getByText('No events have been recorded yet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Clear filters' }).elements()).toHaveLength(0);
  });

  it('says when filters hide every event, and clears them (keeping the sort)', async () => {
    const state = {
      defaultValue: {
        ...defaultAuditQuery,
        search: 'zz-no-such-event-zz',
        sort: { column: 'action', direction: 'asc' as const },
      },
    };
    const { screen } = await renderAudit(<AuditTable />, { state });
    await expect.element(screen.getByText('No events match these filters.')).toBeVisible();
    await screen.getByRole('button', { name: 'Clear filters' }).click();
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    expect(listCalls().at(-1)?.searchParams.get('filter')).toBeNull();
    expect(listCalls().at(-1)?.searchParams.get('sortBy')).toBe('action');
  });

  it.each(['pages', 'infinite'] as const)(
    'never says the tenant has no events while the events of cleared filters load (%s)',
    async (paging) => {
      const state = { defaultValue: { ...defaultAuditQuery, search: 'zz-no-such-event-zz' } };
      const { screen } = await renderAudit(<AuditTable paging={paging} />, { state });
      await expect.element(screen.getByText('No events match these filters.')).toBeVisible();
      const grid = screen.getByRole('grid').element();
      // Every text the table shows on the way, however briefly.
      const seen = new Set<string>();
      const watch = new MutationObserver(() => seen.add(grid.textContent ?? ''));
      watch.observe(grid, { childList: true, subtree: true, characterData: true });
      api().setScenario({ latencyMs: 1_000 });
      await screen.getByRole('button', { name: 'Clear filters' }).click();
      // Virtual rows (infinite) render what fits the box: a few rows are enough.
      await expect.element(screen.getByRole('grid').getByRole('row').nth(5)).toBeInTheDocument();
      watch.disconnect();
      const texts = [...seen];
      expect(texts.some((text) => text.includes('No events have been recorded yet.'))).toBe(false);
      expect(texts.some((text) => text.includes('Loading events…'))).toBe(true);
    },
  );

  it.each(['pages', 'infinite'] as const)(
    'keeps saying an empty tenant has no events while the same list is asked again, without a flash (%s)',
    async (paging) => {
      api().setScenario({ emptyTenants: ['tenant-acme'] });
      const { screen, queryClient } = await renderAudit(<AuditTable paging={paging} />);
      const empty = screen.getByText('No events have been recorded yet.');
      await expect.element(empty).toBeVisible();
      const grid = screen.getByRole('grid').element();
      const seen = new Set<string>();
      const watch = new MutationObserver(() => seen.add(grid.textContent ?? ''));
      watch.observe(grid, { childList: true, subtree: true, characterData: true });
      api().setScenario({ emptyTenants: ['tenant-acme'], latencyMs: 500 });
      // As the window regaining focus or a refresh asks again.
      await queryClient.invalidateQueries();
      watch.disconnect();
      await expect.element(empty).toBeVisible();
      expect([...seen].some((text) => text.includes('Loading events…'))).toBe(false);
    },
  );

  it('shows the server error with a retry that works', async () => {
    api().setScenario({ status: { list: 500 } });
    const { screen } = await renderAudit(<AuditTable />);
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('The audit log could not be loaded.');
    api().resetScenario();
    await screen.getByRole('button', { name: 'Retry' }).click();
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
  });

  it('says when to try again after a 429, and quotes the trace id', async () => {
    api().setScenario({ status: { list: 429 }, retryAfterSeconds: 12 });
    const { screen } = await renderAudit(<AuditTable />);
    const alert = screen.getByRole('alert');
    await expect.element(alert).toHaveTextContent('try again in 12 seconds');
    await expect.element(alert).toHaveTextContent(/Trace ID: \S+/);
  });

  it('tells a user without the read permission so, instead of an error', async () => {
    const { screen } = await renderAudit(<AuditTable />, { identity: demoIdentities.tenantAViewer });
    await expect
      .element(screen.getByRole('alert'))
      .toHaveTextContent('You do not have permission to view the audit log.');
    expect(screen.getByRole('button', { name: 'Retry' }).elements()).toHaveLength(0);
  });

  it('scrolls infinitely with virtualised rows, loading the next page near the end', async () => {
    const { screen } = await renderAudit(<AuditTable paging="infinite" />);
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    const container = table.element().parentElement!;
    container.style.maxHeight = '400px';
    // Fewer rows in the DOM than loaded: only the visible window is rendered.
    await expect.poll(() => listCalls().length).toBeGreaterThanOrEqual(1);
    container.scrollTop = container.scrollHeight;
    // A scroll event, a render, the next page's request through the service worker: more than a second on a loaded
    // CI machine (two fresh-clone runs timed out here with one), within the project's wait limit (waitLimit.ts).
    await expect.poll(() => listCalls().length).toBeGreaterThanOrEqual(2);
    // Pages of 100, so deep scrolling is not a request per 20 rows.
    expect(listCalls()[0]?.searchParams.get('count')).toBe('100');
    expect(listCalls().at(-1)?.searchParams.get('offset')).toBe('100');
    // Only the rows in view are in the DOM, not all that were loaded.
    await expect.poll(() => table.element().querySelectorAll('tbody[data-index]').length).toBeGreaterThan(0);
    expect(table.element().querySelectorAll('tbody[data-index]').length).toBeLessThan(40);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('resizes a column from the keyboard with the separator', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const separator = screen.getByRole('separator', { name: 'Resize Action column' });
    await expect.element(separator).toBeVisible();
    const before = Number(separator.element().getAttribute('aria-valuenow'));
    (separator.element() as HTMLElement).focus();
    // Enter starts resizing (arrow keys otherwise move between the grid's cells), Enter again ends it.
    await userEvent.keyboard('{Enter}{ArrowRight}{ArrowRight}{Enter}');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 32));
    const header = screen.getByRole('columnheader', { name: 'Action' }).element() as HTMLElement;
    expect(Math.round(header.getBoundingClientRect().width)).toBe(before + 32);

    // And by pointer: drag the handle 60 px to the left (pointer events: mouse, pen and finger fire them).
    const handle = separator.element() as HTMLElement;
    const box = handle.getBoundingClientRect();
    const at = (x: number) => ({
      bubbles: true,
      clientX: x,
      clientY: box.top + 5,
      button: 0,
      pointerId: 1,
      isPrimary: true,
    });
    handle.dispatchEvent(new PointerEvent('pointerdown', at(box.left + 2)));
    document.dispatchEvent(new PointerEvent('pointermove', at(box.left - 30)));
    document.dispatchEvent(new PointerEvent('pointermove', at(box.left - 58)));
    document.dispatchEvent(new PointerEvent('pointerup', at(box.left - 58)));
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 32 - 60));
  });

  it('resizes a column with one pointer and no drag: a click on its handle shows step buttons (WCAG 2.5.7)', async () => {
    const { screen } = await renderAudit(<AuditTable />);
    const separator = screen.getByRole('separator', { name: 'Resize Action column' });
    await expect.element(separator).toBeVisible();
    const before = Number(separator.element().getAttribute('aria-valuenow'));
    expect(screen.getByRole('button', { name: 'Widen Action column' }).query()).toBeNull();
    await separator.click();
    const widen = screen.getByRole('button', { name: 'Widen Action column' });
    await widen.click();
    await widen.click();
    await screen.getByRole('button', { name: 'Narrow Action column' }).click();
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 16));
    // The steps kept focus on the handle, whose arrow keys still resize.
    expect(document.activeElement).toBe(separator.element());
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(separator).toHaveAttribute('aria-valuenow', String(before + 32));
    expect(await axeViolations(screen.container)).toEqual([]);
    // A second click on the handle puts the steps away.
    await separator.click();
    await expect.element(widen).not.toBeInTheDocument();
  });
});
