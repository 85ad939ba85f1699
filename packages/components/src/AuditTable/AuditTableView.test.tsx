import type { CSSProperties } from 'react';
import { defaultAuditColumns, type AuditSort } from '@auditkit/headless';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as auditkit from '../index.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const onSortChange = () => {};
const event = (n: number) => ({
  frontegg_id: `e${n}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, n)).toISOString(),
  action: `Action ${n}`,
});

describe('AuditTableView rendering', () => {
  it('renders each row once per data change: not again while the next page loads, only new events after', async () => {
    // Every timestamp cell asks for its relative time when it renders, so the calls count cell renders.
    let renders = 0;
    const formatRelative = () => {
      renders += 1;
      return 'a moment ago';
    };
    const first = Array.from({ length: 20 }, (_, i) => event(i));
    const view = (events: AuditEventLike[], loading: boolean) => (
      <AuditUiProvider defaultTimeZone="UTC" locale="en-US" formatRelative={formatRelative}>
        <AuditTableView
          events={events}
          columns={columns}
          sort={sort}
          onSortChange={onSortChange}
          loading={loading}
        />
      </AuditUiProvider>
    );
    const screen = await render(view(first, false));
    await expect.element(screen.getByRole('row', { name: /Action 19/ })).toBeInTheDocument();
    expect(renders).toBe(20);

    await screen.rerender(view(first, true));
    await expect.element(screen.getByRole('grid')).toHaveAttribute('aria-busy', 'true');
    expect(renders).toBe(20);

    // The same events in a new array, plus one new event: only the new row renders.
    await screen.rerender(view([event(20), ...first], false));
    await expect.element(screen.getByRole('row', { name: /Action 20/ })).toBeInTheDocument();
    expect(renders).toBe(21);
  });
});

describe('AuditTableView without an AuditProvider', () => {
  it('shows the IP and its event’s details with no location lookup to offer, instead of an error panel', async () => {
    // As an embedder shows events it already has: the public parts, no API client.
    const screen = await render(
      <auditkit.AuditUiProvider defaultTimeZone="UTC" locale="en-US">
        <auditkit.AuditRoot theme="light">
          <auditkit.AuditTableView
            events={[{ ...event(1), ip: '81.2.69.142' }]}
            columns={defaultAuditColumns}
            sort={sort}
            onSortChange={onSortChange}
          />
        </auditkit.AuditRoot>
      </auditkit.AuditUiProvider>,
    );
    await expect
      .element(screen.getByRole('row', { name: /Action 1/ }).getByText('81.2.69.142'))
      .toBeVisible();
    await screen.getByRole('button', { name: /^Details of Action 1/ }).click();
    const details = screen.getByRole('region', { name: /^Details of Action 1/ });
    await expect
      .element(details.getByRole('definition').filter({ hasText: '81.2.69.142' }))
      .toHaveTextContent(/^81\.2\.69\.142$/);
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
    // Nothing could answer a lookup: it is not offered, so it cannot fail.
    expect(screen.getByRole('button', { name: 'Location of 81.2.69.142' }).elements()).toHaveLength(0);
  });
});

describe('AuditTableView with events that share an id', () => {
  // Pages of an infinite scroll can overlap, and a host's own events need not have unique ids.
  for (const virtual of [false, true])
    it(`opens only the row asked for, each row its own to React${virtual ? ' (virtual rows)' : ''}`, async () => {
      const errors = vi.spyOn(console, 'error');
      // `constructor` as well: an id is event data, and no count of repeats may read it off an object.
      const events = [
        { ...event(1), frontegg_id: 'evt-1' },
        { ...event(2), frontegg_id: 'evt-1' },
        { ...event(3), frontegg_id: 'constructor' },
        { ...event(4), frontegg_id: 'constructor' },
      ];
      const screen = await render(
        <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
          <AuditTableView
            events={events}
            columns={columns}
            sort={sort}
            onSortChange={onSortChange}
            virtual={virtual}
          />
        </AuditUiProvider>,
      );
      const expand = (n: number) =>
        screen.getByRole('button', { name: new RegExp(`^Details of Action ${n} `) });
      await expand(1).click();
      await expect.element(screen.getByRole('region', { name: /^Details of Action 1 / })).toBeVisible();
      await expand(3).click();
      await expect.element(screen.getByRole('region', { name: /^Details of Action 3 / })).toBeVisible();
      expect(screen.getByRole('region', { name: /^Details of / }).elements()).toHaveLength(2);
      await expect.element(expand(2)).toHaveAttribute('aria-expanded', 'false');
      await expect.element(expand(4)).toHaveAttribute('aria-expanded', 'false');

      await expand(2).click();
      await expect.element(screen.getByRole('region', { name: /^Details of Action 2 / })).toBeVisible();
      await expect.element(expand(1)).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('region', { name: /^Details of / }).elements()).toHaveLength(3);
      expect(errors.mock.calls.map((call) => call.join(' '))).not.toContainEqual(
        expect.stringContaining('same key'),
      );
      errors.mockRestore();
    });
});

describe('AuditTableView with long text', () => {
  const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
  // 600 px is below the cards' threshold (830 px): the cards, then the table.
  const widths = [600, 1000];
  const renderLong = (width: number, action: string) =>
    render(
      <AuditUiProvider
        defaultTimeZone="UTC"
        locale="en-US"
        links={{ fields: ['action'], origins: ['https://app.acme.test'] }}
      >
        {/* The stylesheet's rules apply inside the log's root class. */}
        <div className="auditkit" style={{ inlineSize: width }}>
          <AuditTableView
            events={[{ ...event(1), action }]}
            columns={columns}
            sort={sort}
            onSortChange={onSortChange}
          />
        </div>
      </AuditUiProvider>,
    );

  it.each(widths)('cuts a long action at three lines that cannot be scrolled (%i px)', async (width) => {
    const screen = await renderLong(width, words);
    const shown = screen.getByText(words);
    await expect.element(shown).toBeVisible();
    const text = shown.element() as HTMLElement;
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    // Many lines of text, three drawn, and nothing of the fourth line below them.
    expect(text.scrollHeight).toBeGreaterThan(lineHeight * 5);
    const box = text.getBoundingClientRect();
    expect(box.height).toBeLessThanOrEqual(lineHeight * 3 + 1);
    const below = document.elementFromPoint(box.left + 10, box.bottom + lineHeight / 2);
    expect(text.contains(below)).toBe(false);
    // The cut text is not a scroll box (cells clip with `overflow: clip`): a script cannot scroll its later lines up
    // into view and its first ones out.
    text.scrollTop = 40;
    expect(text.scrollTop).toBe(0);
  });

  it.each(widths)('shows a link on a cut line whole while it has focus (%i px)', async (width) => {
    const url = 'https://app.acme.test/users/42';
    const screen = await renderLong(width, `${words} ${url}`);
    const link = screen.getByRole('link', { name: url });
    await expect.element(link).toBeInTheDocument();
    (link.element() as HTMLElement).focus();
    expect(document.activeElement).toBe(link.element());
    // Drawn where it is: what the point at its middle hits is the link itself, not the row below or nothing.
    const box = link.element().getBoundingClientRect();
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(
      link.element(),
    );
  });
});

/** Each corner of a time's tooltip (inside its rounding) is the tooltip's own: not cut by its cell, the scroll box or the header. */
function expectShownWhole(time: HTMLElement) {
  const tip = document.getElementById(time.getAttribute('aria-describedby')!)!;
  const box = tip.getBoundingClientRect();
  // A card's tip takes no pointer (a tap there is the card's): hit-tested here only to see what is drawn on top.
  tip.style.pointerEvents = 'auto';
  try {
    for (const [x, y] of [
      [box.left + 5, box.top + 5],
      [box.right - 5, box.top + 5],
      [box.left + 5, box.bottom - 5],
      [box.right - 5, box.bottom - 5],
    ])
      expect(document.elementFromPoint(x!, y!), `${x},${y}`).toBe(tip);
  } finally {
    tip.style.pointerEvents = '';
  }
}

describe('AuditTableView time tooltips', () => {
  // 600 px is below the cards' threshold (830 px): the cards, then the table.
  it.each([600, 1000])(
    'shows a time’s relative time whole, on the first and last row and at the top of a scrolled box, moving nothing (%i px)',
    async (width) => {
      const screen = await render(
        <AuditUiProvider defaultTimeZone="UTC" locale="en-US" formatRelative={() => 'five minutes ago'}>
          {/* A box that scrolls: rows pass under its top edge (the table's sticky header, or nothing in cards). */}
          <div
            className="auditkit"
            style={{ inlineSize: width, '--auditkit-table-max-height': '300px' } as CSSProperties}
          >
            <AuditTableView
              events={Array.from({ length: 12 }, (_, i) => event(12 - i))}
              columns={columns}
              sort={sort}
              onSortChange={onSortChange}
            />
          </div>
        </AuditUiProvider>,
      );
      await expect.element(screen.getByText('Action 1', { exact: true })).toBeInTheDocument();
      const container = screen.getByRole('grid').element().parentElement!;
      const rows = [...document.querySelectorAll<HTMLElement>('.auditkit-table-row')];
      expect(container.scrollHeight).toBeGreaterThan(container.clientHeight);
      const layout = () => [
        container.scrollHeight,
        container.clientHeight,
        ...rows.map((row) => row.offsetHeight),
      ];
      const before = layout();
      const times = rows.map((row) => row.querySelector('time')!);
      const thead = container.querySelector('thead')!;
      const covered = getComputedStyle(thead).position === 'sticky' ? thead.offsetHeight : 0;
      const scrollToTop = (row: HTMLElement) => {
        container.scrollTop +=
          row.getBoundingClientRect().top - container.getBoundingClientRect().top - covered;
      };
      const cases: [string, () => void, number][] = [
        ['first row', () => (container.scrollTop = 0), 0],
        ['a row at the top of the scrolled box', () => scrollToTop(rows[5]!), 5],
        ['last row', () => (container.scrollTop = container.scrollHeight), rows.length - 1],
      ];
      for (const [label, scroll, index] of cases) {
        scroll();
        // On a card the time is the card's (a click on it opens the card): the keyboard shows its tip there.
        if (width < 830) times[index]!.focus({ preventScroll: true });
        else await userEvent.hover(times[index]!);
        await expect.element(screen.getByRole('tooltip')).toHaveTextContent('five minutes ago');
        expectShownWhole(times[index]!);
        // Showing it moved no row and gave the scroll box nothing more to scroll.
        expect(layout(), label).toEqual(before);
      }
      // By keyboard too: the grid's focus on the last row's time.
      times.at(-1)!.blur();
      await userEvent.hover(screen.getByRole('columnheader', { name: /Action/ }));
      await expect.element(screen.getByRole('tooltip')).not.toBeInTheDocument();
      times.at(-1)!.focus();
      await expect.element(screen.getByRole('tooltip')).toHaveTextContent('five minutes ago');
      expectShownWhole(times.at(-1)!);
      expect(layout()).toEqual(before);
    },
  );

  it.each([600, 1000])(
    'shows the times of the last event’s details whole at the bottom of the box, moving nothing (%i px)',
    async (width) => {
      const withUpdated = [
        ...columns,
        { name: 'updatedAt', displayName: 'Updated', type: 'Timestamp', showInTable: false },
      ];
      const screen = await render(
        <AuditUiProvider defaultTimeZone="UTC" locale="en-US" formatRelative={() => 'five minutes ago'}>
          <div
            className="auditkit"
            style={{ inlineSize: width, '--auditkit-table-max-height': '300px' } as CSSProperties}
          >
            <AuditTableView
              events={Array.from({ length: 12 }, (_, i) => ({
                ...event(12 - i),
                updatedAt: event(12 - i).createdAt,
              }))}
              columns={withUpdated}
              sort={sort}
              onSortChange={onSortChange}
            />
          </div>
        </AuditUiProvider>,
      );
      await userEvent.click(screen.getByRole('button', { name: /^Details of Action 1 / }));
      const details = screen.getByRole('region', { name: /^Details of Action 1 / });
      // The panel's module loads on demand: its fields, the two times among them, come after.
      await expect.element(details.getByText('Updated', { exact: true })).toBeInTheDocument();
      const container = screen.getByRole('grid').element().parentElement!;
      container.scrollTop = container.scrollHeight;
      const size = () => [container.scrollHeight, container.clientHeight];
      const before = size();
      for (const time of details.element().querySelectorAll('time')) {
        await userEvent.hover(time);
        await expect.element(details.getByRole('tooltip')).toBeVisible();
        expectShownWhole(time);
        expect(size()).toEqual(before);
      }
    },
  );
});
