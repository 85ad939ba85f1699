import { defaultAuditColumns, defaultAuditQuery } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { axeViolations } from '../test/axe.ts';
import { isListRequest, overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import { FilterBar } from './FilterBar.tsx';

setupMockApi();
// The list goes to the v2 endpoint, or to the legacy `GET /audits` when a column filter is active.
const lastList = () => requests.filter(isListRequest).at(-1);

describe('FilterBar', () => {
  it('searches after a pause in typing, from the keyboard, and shows the search as a removable chip', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar searchDebounceMs={150} />
        <AuditTable />
      </>,
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    await userEvent.tab();
    await expect.element(screen.getByRole('combobox', { name: 'Search events' })).toHaveFocus();
    await userEvent.keyboard('Login');
    await expect.poll(() => lastList()?.searchParams.get('filter')).toBe('login');
    const remove = screen.getByRole('button', { name: 'Remove filter Search events: Login' });
    await expect.element(remove).toBeVisible();
    (remove.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(remove).not.toBeInTheDocument();
    await expect.poll(() => lastList()?.searchParams.get('filter')).toBeNull();
    await expect.element(screen.getByRole('combobox', { name: 'Search events' })).toHaveValue('');
  });

  it('is one query: three typed terms are three chips and three URL keys, and a chip or control rewrites the text', async () => {
    history.replaceState(null, '', location.pathname);
    const { screen } = await renderAudit(
      <>
        <FilterBar searchDebounceMs={100} />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(20)).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await box.click();
    await userEvent.keyboard('actor:ada@acme.test action:"User logged in" severity:info{Escape}');
    const param = (key: string) => new URLSearchParams(location.search).get(key);
    await expect.poll(() => param('audit.sev')).toBe('Info');
    expect(param('audit.email')).toBe('ada@acme.test');
    expect(param('audit.action')).toBe('User logged in');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await expect.element(chips.getByRole('listitem')).toHaveLength(3);
    await expect.element(chips).toHaveTextContent(/ada@acme\.test/);
    await expect.element(chips).toHaveTextContent(/User logged in/);
    await expect.element(chips).toHaveTextContent(/Info/);

    // Removing a chip takes its term out of the text.
    await screen.getByRole('button', { name: /^Remove filter .*: Info$/ }).click();
    await expect.element(box).toHaveValue('actor:ada@acme.test action:"User logged in"');
    expect(param('audit.sev')).toBeNull();
    // Choosing a severity in its control writes the term into the text.
    await screen.getByRole('button', { name: 'Severity' }).click();
    await screen.getByRole('dialog', { name: 'Severity' }).getByRole('checkbox', { name: 'High' }).click();
    await userEvent.keyboard('{Escape}');
    await expect.element(box).toHaveValue('actor:ada@acme.test action:"User logged in" severity:High');
    await expect.poll(() => param('audit.sev')).toBe('High');
  });

  it('keeps a link’s filter on a column that cannot be filtered, marked "not applied", instead of dropping it', async () => {
    history.replaceState(null, '', `${location.pathname}?audit.f.description=wire&audit.sev=High`);
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    await expect.element(screen.getByRole('grid').getByRole('row').nth(2)).toBeInTheDocument();
    const chips = screen.getByRole('list', { name: 'Active filters' });
    await expect.element(chips.getByText('Description: wire (not applied)')).toBeVisible();
    await expect.element(chips.getByText('Severity: High', { exact: true })).toBeVisible();
    await expect
      .element(screen.getByRole('note', { name: 'Not applied to the rows shown' }))
      .toHaveTextContent('Description: wire (this column cannot be filtered)');
    // The request applies what it can, and the link still holds the whole query.
    expect(lastList()?.searchParams.has('description')).toBe(false);
    expect(lastList()?.searchParams.get('severity')).toBe('High');
    expect(location.search).toMatch(/[?&]audit\.(f\.)?description=wire(&|$)/);
    history.replaceState(null, '', location.pathname);
  });

  it('names a link’s filter on the time column by the column, not as the time range', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { defaultValue: { ...defaultAuditQuery, filters: { createdAt: ['2026-01-01'] } } } },
    );
    const note = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect.element(note).toHaveTextContent('Time: 2026-01-01 (use the time range instead)');
    expect(note.element().textContent).not.toMatch(/Time range: 2026-01-01/);
  });

  it('asks nothing of its own beside an infinite table: a new search is one list request, the table’s', async () => {
    const { screen, queryClient } = await renderAudit(
      <>
        <FilterBar searchDebounceMs={50} />
        <AuditTable paging="infinite" />
      </>,
    );
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await screen.getByRole('combobox', { name: 'Search events' }).fill('login');
    const searched = () =>
      requests.filter((url) => isListRequest(url) && url.searchParams.get('filter') === 'login');
    await expect.poll(() => searched().length).toBeGreaterThan(0);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    expect(searched()).toHaveLength(1);
  });

  it('filters severities in a popover that traps focus and returns it, by keyboard only', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    const trigger = screen.getByRole('button', { name: 'Severity' });
    (trigger.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Severity' });
    await expect.element(dialog).toBeVisible();
    await expect.element(trigger).toHaveAttribute('aria-expanded', 'true');
    expect(dialog.element().contains(document.activeElement)).toBe(true);
    // Tab cycles inside the modal dialog: focus never leaves it.
    for (let index = 0; index < 8; index++) {
      await userEvent.tab();
      expect(dialog.element().contains(document.activeElement)).toBe(true);
    }
    const critical = dialog.getByRole('checkbox', { name: 'Critical' });
    (critical.element() as HTMLElement).focus();
    await userEvent.keyboard(' ');
    await expect.element(critical).toBeChecked();
    await expect.poll(() => lastList()?.searchParams.getAll('severity')).toEqual(['Critical']);
    expect(lastList()?.pathname).toMatch(/\/audits$/);
    expect(await axeViolations(dialog.element())).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await expect.element(dialog).not.toBeInTheDocument();
    await expect.element(screen.getByRole('button', { name: 'Severity (1)' })).toHaveFocus();
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Severity: Critical' }))
      .toBeVisible();
  });

  it('keeps a link’s filter on a vendor column named with a space, applied, and editing the search keeps it', async () => {
    const risk = {
      ...defaultAuditColumns[2]!,
      name: 'Risk score',
      displayName: 'Risk score',
      filterable: true,
    };
    overrideMock(
      http.get('*/metadata', () =>
        HttpResponse.json({ rows: [{ entityName: 'audits', properties: [...defaultAuditColumns, risk] }] }),
      ),
    );
    // The link a colleague shared, or the page reloaded: the name is one percent-encoded key.
    history.replaceState(null, '', `${location.pathname}?audit.Risk+score=high`);
    const { screen } = await renderAudit(
      <>
        <FilterBar searchDebounceMs={100} />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Risk score: high' }))
      .toBeVisible();
    await expect.poll(() => lastList()?.searchParams.get('Risk score')).toBe('high');
    // The search text names the column so that it reads back as that column (`Risk score:high` read back as the
    // word "Risk" and an unknown field): editing the text keeps the filter.
    const box = screen.getByRole('combobox', { name: 'Search events' });
    await expect.element(box).toHaveValue('Risk_score:high');
    await box.click();
    await userEvent.keyboard('{End} login{Escape}');
    await expect.poll(() => new URLSearchParams(location.search).get('audit.q')).toBe('login');
    expect(new URLSearchParams(location.search).get('audit.Risk score')).toBe('high');
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Risk score: high' }))
      .toBeVisible();
    expect(screen.getByRole('note', { name: 'Not applied to the rows shown' }).elements()).toHaveLength(0);
    history.replaceState(null, '', location.pathname);
  });

  it('adds exact-match filters with Enter and clears them all, keeping nothing stale', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await screen.getByRole('button', { name: 'More filters' }).click();
    const action = screen
      .getByRole('dialog', { name: 'More filters' })
      .getByRole('textbox', { name: 'Action' });
    (action.element() as HTMLElement).focus();
    await userEvent.keyboard('user.login{Enter}');
    await expect.poll(() => lastList()?.searchParams.getAll('action')).toEqual(['user.login']);
    await userEvent.keyboard('{Escape}');
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Last 7 days');
    // With a column filter active the legacy list takes the range as createdAt JSON, as Frontegg's portal sends it.
    await expect
      .poll(() => lastList()?.searchParams.get('createdAt'))
      .toMatch(/^\{"\$gt":"[^"]+","\$lt":"[^"]+"\}$/);
    expect(lastList()?.pathname).toMatch(/\/audits$/);
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Time range: Last 7 days' }))
      .toBeVisible();
    await screen.getByRole('button', { name: 'Clear all' }).click();
    await expect.element(screen.getByRole('list', { name: 'Active filters' })).not.toBeInTheDocument();
    await expect.poll(() => lastList()?.pathname).toMatch(/\/audits\/resources\/audits\/v2$/);
    expect(lastList()?.searchParams.getAll('action')).toEqual([]);
    expect(lastList()?.searchParams.get('created_from')).toBeNull();
    expect(lastList()?.searchParams.get('createdAt')).toBeNull();
  });

  it('refuses a value longer than a link carries, saying why at the field, and keeps the filter as it was', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await screen.getByRole('button', { name: 'More filters' }).click();
    const dialog = screen.getByRole('dialog', { name: 'More filters' });
    const action = dialog.getByRole('textbox', { name: 'Action' });
    (action.element() as HTMLElement).focus();
    await userEvent.keyboard('user.login{Enter}');
    await expect.poll(() => lastList()?.searchParams.getAll('action')).toEqual(['user.login']);
    const listsBefore = requests.filter(isListRequest).length;
    await action.fill('x'.repeat(501));
    await userEvent.keyboard('{Enter}');
    const alert = dialog.getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent(
        'The filter was not changed. A value of the filter on “Action” is longer than 500 characters.',
      );
    await expect.element(action).toHaveAttribute('aria-invalid', 'true');
    await expect.element(action).toHaveAccessibleDescription(/longer than 500 characters/);
    // The value stays typed to shorten; the filter and the list are as they were.
    await expect.element(action).toHaveValue('x'.repeat(501));
    await userEvent.keyboard('{Escape}');
    await expect
      .element(screen.getByRole('list', { name: 'Active filters' }).getByRole('listitem'))
      .toHaveLength(1);
    expect(requests.filter(isListRequest).length).toBe(listsBefore);
    expect(lastList()?.searchParams.getAll('action')).toEqual(['user.login']);
  });

  it('German: refuses a severity past the most filtered columns a link carries, saying why in the popover', async () => {
    // A link's 50 column filters, the most a link carries: one more (a severity) is refused.
    const fifty = Array.from({ length: 50 }, (_, index) => `audit.f.c${index}=v`).join('&');
    history.replaceState(null, '', `${location.pathname}?${fifty}`);
    const { screen } = await renderAudit(<FilterBar />, {
      state: { url: true },
      locale: de.locale,
      messages: de.messages,
    });
    await screen.getByRole('button', { name: 'Schweregrad' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Schweregrad' });
    const high = dialog.getByRole('checkbox', { name: 'Hoch' });
    await high.click();
    await expect
      .element(dialog.getByRole('alert'))
      .toHaveTextContent('Der Filter wurde nicht geändert. Es sind mehr als 50 Spalten gefiltert.');
    await expect.element(high).not.toBeChecked();
    expect(new URLSearchParams(location.search).get('audit.sev')).toBeNull();
    history.replaceState(null, '', location.pathname);
  });

  it('refuses a custom range whose start is after its end, saying why', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Custom range');
    await screen.getByLabelText('From', { exact: true }).fill('2026-11-20T10:00');
    await screen.getByLabelText('To', { exact: true }).fill('2026-11-10T10:00');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The start must be before the end.');
    await expect.element(screen.getByRole('button', { name: 'Apply' })).toBeDisabled();
    await screen.getByLabelText('To', { exact: true }).fill('2026-11-25T10:00');
    await screen.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => lastList()?.searchParams.get('created_to'))
      .toBe(new Date('2026-11-25T10:00:59.999').toISOString());
  });

  it('reads a custom time range in the chosen time zone, not the browser one, and shows it back in it (bug 4)', async () => {
    // A zone the browser is not in, so the browser's zone cannot pass for it.
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [zone, from] =
      browserZone === 'Asia/Kolkata'
        ? ['Asia/Tokyo', '2026-11-20T00:00:00.000Z']
        : ['Asia/Kolkata', '2026-11-20T03:30:00.000Z'];
    const { screen } = await renderAudit(
      <AuditUiProvider defaultTimeZone={zone} locale="en-US">
        <FilterBar />
        <AuditTable />
      </AuditUiProvider>,
    );
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Custom range');
    await screen.getByLabelText('From').fill('2026-11-20T09:00');
    await screen.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => lastList()?.searchParams.get('created_from')).toBe(from);
    // The reopened form shows the wall time typed, in the same zone.
    await expect.element(screen.getByLabelText('From')).toHaveValue('2026-11-20T09:00');
  });
  it('offers a field for every other filterable column of the metadata, and filters the rows on it', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    const cells = () => [...document.querySelectorAll('[role="grid"] td[data-column="resource"]')];
    await expect.poll(() => cells().length).toBe(20);
    const resource = cells()[3]!.textContent!;
    await screen.getByRole('button', { name: 'More filters' }).click();
    const dialog = screen.getByRole('dialog', { name: 'More filters' });
    // The fixed three, then the metadata's other filterable columns in its order: not its time, severity or JSON
    // payload (controls of their own, or nothing to type exactly), nor the description (not filterable).
    await expect
      .poll(() =>
        dialog
          .getByRole('textbox')
          .elements()
          .map((input) => (input as HTMLInputElement).labels?.[0]?.textContent),
      )
      .toEqual(['Email', 'Action', 'IP address', 'User Agent', 'Resource', 'Region']);
    (dialog.getByRole('textbox', { name: 'Resource' }).element() as HTMLElement).focus();
    await userEvent.keyboard(`${resource}{Enter}`);
    // A column filter: the legacy list, the value as its own parameter, as Frontegg's portal sends it.
    await expect.poll(() => lastList()?.searchParams.getAll('resource')).toEqual([resource]);
    expect(lastList()?.pathname).toMatch(/\/audits$/);
    await expect.element(screen.getByRole('button', { name: 'More filters (1)' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect
      .element(screen.getByRole('button', { name: `Remove filter Resource: ${resource}` }))
      .toBeVisible();
    await expect.poll(() => new Set(cells().map((cell) => cell.textContent))).toEqual(new Set([resource]));
  });

  it('labels a field of a column named like an Object member by its display name, and filters on it', async () => {
    const names = ['__proto__', 'constructor', 'toString'];
    // And one a link cannot name: its field would refuse every value, so there is none.
    const extra = [...names, 'meta[ip]'].map((name) => ({
      ...defaultAuditColumns[2]!,
      name,
      displayName: `Field ${name}`,
    }));
    overrideMock(
      http.get('*/metadata', () =>
        HttpResponse.json({
          rows: [{ entityName: 'audits', properties: [...defaultAuditColumns, ...extra] }],
        }),
      ),
    );
    const { screen } = await renderAudit(<FilterBar />);
    await screen.getByRole('button', { name: 'More filters' }).click();
    const dialog = screen.getByRole('dialog', { name: 'More filters' });
    await expect.element(dialog.getByRole('textbox', { name: 'Field toString' })).toBeVisible();
    expect(dialog.getByRole('textbox', { name: 'Field meta[ip]' }).elements()).toHaveLength(0);
    for (const name of names) {
      const field = dialog.getByRole('textbox', { name: `Field ${name}` });
      await expect.element(field).toBeVisible();
      (field.element() as HTMLElement).focus();
      await userEvent.keyboard(`v-${name}{Enter}`);
    }
    await userEvent.keyboard('{Escape}');
    for (const name of names)
      await expect
        .element(screen.getByRole('button', { name: `Remove filter Field ${name}: v-${name}` }))
        .toBeVisible();
    expect(({} as Record<string, unknown>)['v-__proto__']).toBeUndefined();
  });
});
