// Event data is untrusted: one odd value in one cell must not throw, since the table's error boundary would then
// put its error panel (whose Retry renders the same value again) in place of every row.
import { UNSHOWABLE_VALUE, defaultAuditColumns, type AuditColumn } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { AuditTable } from '../guardedParts.ts';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
import { FilterChips } from '../FilterBar/FilterChips.tsx';
import { SearchBox } from '../SearchBox/SearchBox.tsx';
import * as de from '../messages/de.ts';
import { DisclosureScope } from './DisclosureScope.tsx';
import { IpAddressCell } from './IpAddressCell.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { TimestampCell } from './TimestampCell.tsx';
import { UserCell } from './UserCell.tsx';

setupMockApi();
afterEach(() => history.replaceState(null, '', location.pathname));

const seenAt: AuditColumn = {
  name: 'seenAt',
  displayName: 'Seen at',
  type: 'Timestamp',
  sortable: false,
  filterable: false,
  showInTable: true,
  showInMoreInfo: true,
  isPredefined: false,
};

/** Serves these events, with a custom Timestamp column "Seen at" shown in the table. */
function serve(events: readonly Record<string, unknown>[]) {
  overrideMock(
    http.get('*/metadata', () =>
      HttpResponse.json({ rows: [{ entityName: 'audits', properties: [...defaultAuditColumns, seenAt] }] }),
    ),
    http.get('*/audits/resources/audits/v2', () => HttpResponse.json({ data: events, total: events.length })),
  );
}

const event = (id: string, seen: unknown) => ({
  frontegg_id: id,
  createdAt: '2026-11-25T10:00:00.000Z',
  severity: 'High',
  action: `Action ${id.length}`,
  ip: '81.2.69.142',
  seenAt: seen,
});

describe('the table with odd event values', () => {
  it('shows a time in epoch nanoseconds, which no Date can hold, as its raw value', async () => {
    serve([event('e1', 1.7e18), event('e2', '2026-11-25T09:00:00.000Z')]);
    const { screen } = await renderAudit(<AuditTable />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('columnheader', { name: /Seen at/ })).toBeVisible();
    await expect.element(grid.getByText('1700000000000000000')).toBeVisible();
    await expect
      .element(grid.getByRole('time').filter({ hasText: 'Nov 25, 2026, 9:00:00 AM UTC' }))
      .toBeVisible();
    expect(grid.getByRole('row').elements()).toHaveLength(3);
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
  });

  it('shows events whose ids are lone surrogates, each time described by its relative time', async () => {
    // Valid JSON ("\ud800" escapes), so a real service can send it.
    serve([event('\ud800', '2026-11-25T09:00:00.000Z'), event('\udc00', '2026-11-20T09:00:00.000Z')]);
    const { screen } = await renderAudit(<AuditTable />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    expect(grid.getByRole('row').elements()).toHaveLength(3);
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
    const seen = grid.getByRole('time').filter({ hasText: /Nov 2\d, 2026, 9:00:00 AM UTC/ });
    await expect.element(seen.nth(0)).toHaveAccessibleDescription(/\S/);
    await expect.element(seen.nth(1)).toHaveAccessibleDescription(/\S/);
  });
});

describe('event text with invisible formatting characters', () => {
  it('shows bidi overrides and zero-width spaces as their code points, in the row and its details', async () => {
    serve([
      {
        ...event('e1', '2026-11-25T09:00:00.000Z'),
        // Read as "Deleted exe.pdf" if the override is applied; "admin" with a zero-width space looks like "admin".
        description: 'Deleted \u202Efdp.exe',
        user: 'ad\u200Bmin',
        ['note\u2067']: 'x\u2066y',
        json: { ['k\u202D']: 'v\u202E' },
      },
    ]);
    const { screen } = await renderAudit(<AuditTable />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(grid.getByText('Deleted ⟨U+202E⟩fdp.exe')).toBeVisible();
    await grid.getByRole('button', { name: /^Details of / }).click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByText('note⟨U+2067⟩')).toBeVisible();
    await expect.element(details.getByText('x⟨U+2066⟩y')).toBeVisible();
    // Nothing of the event reaches the page unmarked.
    expect(grid.element().textContent).not.toMatch(/[\u200B\u202A-\u202E\u2066-\u2069]/);
    expect(grid.element().textContent).toContain('ad⟨U+200B⟩min');
    expect(grid.element().textContent).toContain('⟨U+202D⟩');
  });

  it('shows the other invisible characters of an actor’s name too, a tag character by its whole code point', async () => {
    // Each renders as nothing: "admin" with any of them looks like "admin"; tag characters (two UTF-16 units each)
    // can even spell a second, hidden name.
    serve([
      {
        ...event('e1', '2026-11-25T09:00:00.000Z'),
        user: 'a\u00ADd\u034Fm\u180Ei\u2061n\u2062 \u2063x\u2064 \u{E0001}\u{E0041}\u{E007F}',
      },
    ]);
    const { screen } = await renderAudit(<AuditTable />);
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const shown =
      'a⟨U+00AD⟩d⟨U+034F⟩m⟨U+180E⟩i⟨U+2061⟩n⟨U+2062⟩ ⟨U+2063⟩x⟨U+2064⟩ ⟨U+E0001⟩⟨U+E0041⟩⟨U+E007F⟩';
    await expect.element(grid.getByText(shown)).toBeVisible();
    await grid.getByRole('button', { name: /^Details of / }).click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByText(shown).first()).toBeVisible();
    expect(grid.element().textContent).not.toMatch(/[\u034F\u00AD\u180E\u2061-\u2064\u{E0000}-\u{E007F}]/u);
    // No half of a code point: ⟨U+DB40⟩ would name neither the character nor anything else.
    expect(grid.element().textContent).not.toContain('⟨U+DB40⟩');
  });

  it('marks them in the search box’s suggestions of loaded values', async () => {
    serve([{ ...event('e1', '2026-11-25T09:00:00.000Z'), action: 'user.\u202Edeleted' }]);
    const { screen } = await renderAudit(
      <>
        <SearchBox debounceMs={100} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByText('user.⟨U+202E⟩deleted')).toBeVisible();
    await screen.getByRole('combobox', { name: 'Search events' }).click();
    await userEvent.keyboard('action:us');
    const option = screen.getByRole('listbox', { name: 'Suggestions' }).getByRole('option').first();
    await expect.element(option).toHaveTextContent('user.⟨U+202E⟩deleted');
    expect(option.element().textContent).not.toContain('\u202E');
  });

  it('marks them in a filter chip too (a value from a shared link)', async () => {
    const screen = await render(
      <FilterChips
        chips={[{ key: 'action', label: 'Action', value: 'user.\u202Edeleted', onRemove: () => {} }]}
        onClearAll={() => {}}
      />,
    );
    await expect.element(screen.getByText('Action: user.⟨U+202E⟩deleted')).toBeVisible();
  });

  it('marks them in a chip’s label too (a shared link naming a column of its own)', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.f.${encodeURIComponent('\u202Enimda')}=x`);
    const screen = await renderAuditLog({ urlState: true, newEventsInterval: false });
    const chips = screen.getByRole('list', { name: 'Active filters' });
    // A column the metadata lacks: its chip says "(not applied)" after the label and value.
    const chip = chips.getByRole('listitem').filter({ hasText: 'nimda' });
    await expect.element(chip).toHaveTextContent('⟨U+202E⟩nimda: x');
    await expect.element(chip.getByRole('button', { name: 'Remove filter ⟨U+202E⟩nimda: x' })).toBeVisible();
    expect(chips.element().textContent).not.toContain('\u202E');
  });
});

describe('DisclosureScope', () => {
  it('gives keys that differ only in a lone surrogate ids of their own', async () => {
    const now = new Date('2026-11-26T01:05:00.000Z');
    const screen = await render(
      <AuditUiProvider timeZone="UTC" locale="en-US">
        <DisclosureScope>
          <TimestampCell value="2026-11-26T01:00:00.000Z" now={now} cellKey={'\ud800:time'} />
          <TimestampCell value="2026-11-25T01:00:00.000Z" now={now} cellKey={'\udc00:time'} />
          <TimestampCell value="2026-11-19T01:00:00.000Z" now={now} cellKey={'\ufffd:time'} />
        </DisclosureScope>
      </AuditUiProvider>,
    );
    const times = screen.getByRole('time');
    await expect.element(times.nth(0)).toHaveAccessibleDescription('5 minutes ago');
    await expect.element(times.nth(1)).toHaveAccessibleDescription('yesterday');
    await expect.element(times.nth(2)).toHaveAccessibleDescription('last week');
  });
});

describe('a value too deep to show', () => {
  it('is said in the log’s language in the user, IP and severity cells, and has no location to look up', async () => {
    const screen = await render(
      <AuditUiProvider timeZone="UTC" translation={de}>
        <p data-testid="user">
          <UserCell event={{ user: UNSHOWABLE_VALUE, email: 'ada@acme.test' }} />
        </p>
        <p data-testid="ip">
          <IpAddressCell value={UNSHOWABLE_VALUE} />
        </p>
        <p data-testid="severity">
          <SeverityBadge value={UNSHOWABLE_VALUE} />
        </p>
      </AuditUiProvider>,
    );
    const said = de.messages.unshowableValue;
    await expect.element(screen.getByTestId('user')).toHaveTextContent(`${said}ada@acme.test`);
    await expect.element(screen.getByTestId('ip')).toHaveTextContent(said);
    await expect.element(screen.getByTestId('severity')).toHaveTextContent(said);
    expect(document.body.textContent).not.toContain(UNSHOWABLE_VALUE);
    expect(screen.getByTestId('ip').element().querySelector('button')).toBeNull();
  });
});
