import { defaultAuditQuery } from '@auditkit/headless';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { FilterBar } from './FilterBar.tsx';

setupMockApi();
const lastList = () => requests.filter(isListRequest).at(-1);
const sent = () => ({
  from: lastList()?.searchParams.get('created_from'),
  to: lastList()?.searchParams.get('created_to'),
});
const openWith = async (range: string, timeZone = 'UTC') => {
  history.replaceState(null, '', `${location.pathname}?${range}`);
  const { screen } = await renderAudit(
    <AuditUiProvider defaultTimeZone={timeZone} locale="en-US">
      <FilterBar />
      <AuditTable />
    </AuditUiProvider>,
    { state: { url: true } },
  );
  await expect.element(screen.getByLabelText('From', { exact: true })).toBeInTheDocument();
  return screen;
};

describe('TimeRangeField: the custom range keeps what the user did not edit', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('keeps the end of a whole day (23:59:59.999) when only From is changed', async () => {
    const screen = await openWith('audit.from=2026-11-20T00:00:00.000Z&audit.to=2026-11-20T23:59:59.999Z');
    await expect.poll(sent).toEqual({ from: '2026-11-20T00:00:00.000Z', to: '2026-11-20T23:59:59.999Z' });
    await expect.element(screen.getByLabelText('To', { exact: true })).toHaveValue('2026-11-20T23:59');
    await screen.getByLabelText('From', { exact: true }).fill('2026-11-19T00:00');
    await screen.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(sent).toEqual({ from: '2026-11-19T00:00:00.000Z', to: '2026-11-20T23:59:59.999Z' });
    expect(new URLSearchParams(location.search).get('audit.to')).toBe('2026-11-20T23:59:59.999Z');
  });

  it('keeps a start with seconds when only To is changed, and reads a typed To as the end of its minute', async () => {
    const screen = await openWith('audit.from=2026-11-20T08:15:30.250Z&audit.to=2026-11-20T23:59:59.999Z');
    await screen.getByLabelText('To', { exact: true }).fill('2026-11-21T10:00');
    await screen.getByRole('button', { name: 'Apply' }).click();
    // Bounds are inclusive: "To 10:00" includes the events of 10:00.
    await expect.poll(sent).toEqual({ from: '2026-11-20T08:15:30.250Z', to: '2026-11-21T10:00:59.999Z' });
  });

  it('does the same in the zone the table shows, and still refuses a start after the end', async () => {
    // A day of America/Santiago's as the search box writes it (00:00 −03 to 23:59:59.999 −03).
    const screen = await openWith(
      'audit.from=2026-11-20T03:00:00.000Z&audit.to=2026-11-21T02:59:59.999Z',
      'America/Santiago',
    );
    await expect.element(screen.getByLabelText('To', { exact: true })).toHaveValue('2026-11-20T23:59');
    await screen.getByLabelText('From', { exact: true }).fill('2026-11-21T00:00');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The start must be before the end.');
    await screen.getByLabelText('From', { exact: true }).fill('2026-11-20T23:59');
    await screen.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(sent).toEqual({ from: '2026-11-21T02:59:00.000Z', to: '2026-11-21T02:59:59.999Z' });
  });
});

describe('TimeRangeField: a start after the end', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('describes both From and To by the error, as both are marked invalid', async () => {
    const screen = await openWith('audit.from=2026-11-20T00:00:00.000Z&audit.to=2026-11-20T23:59:59.999Z');
    const from = screen.getByLabelText('From', { exact: true });
    const to = screen.getByLabelText('To', { exact: true });
    await to.fill('2026-11-19T10:00');
    await expect.element(screen.getByRole('alert')).toHaveTextContent('The start must be before the end.');
    await expect.element(from).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(from)
      .toHaveAccessibleDescription('The start must be before the end. Time zone: UTC');
    await expect.element(to).toHaveAttribute('aria-invalid', 'true');
    await expect.element(to).toHaveAccessibleDescription('The start must be before the end. Time zone: UTC');
    // Valid again: neither is described by an error that is gone, only by the zone they are read in.
    await to.fill('2026-11-21T10:00');
    await expect.element(screen.getByRole('alert')).not.toBeInTheDocument();
    await expect.element(to).not.toHaveAttribute('aria-invalid');
    await expect.element(to).toHaveAccessibleDescription('Time zone: UTC');
  });
});

describe('TimeRangeField from the keyboard', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('keeps focus on the select as each arrow key picks a preset, and on Apply once a range is applied', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    const select = screen.getByRole('combobox', { name: 'Time range' });
    (select.element() as HTMLElement).focus();
    // Chromium on Linux and Windows changes a closed select's value at each arrow key, a change event each time.
    await userEvent.keyboard('{ArrowDown}');
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Time range: Last hour' }))
      .toBeVisible();
    await expect.element(select).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Time range: Last 24 hours' }))
      .toBeVisible();
    await expect.element(select).toHaveFocus();

    await userEvent.keyboard('{End}');
    await expect.element(select).toHaveValue('custom');
    await screen.getByLabelText('From', { exact: true }).fill('2026-11-20T10:00');
    const apply = screen.getByRole('button', { name: 'Apply' });
    (apply.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => sent().from).toBe('2026-11-20T10:00:00.000Z');
    await expect.element(apply).toHaveFocus();
    // The applied range is what the form shows, ready to change again.
    await expect.element(screen.getByLabelText('From', { exact: true })).toHaveValue('2026-11-20T10:00');
  });

  it('reads a custom range in UTC, as the table shows times, when the zone is one the browser does not know', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?audit.from=2026-11-20T08:00:00.000Z&audit.to=2026-11-20T23:59:59.999Z`,
    );
    // The host's controlled zone, which nothing checks before it reaches the field.
    const { screen } = await renderAudit(
      <AuditUiProvider timeZone="Mars/Olympus" locale="en-US">
        <FilterBar />
        <AuditTable />
      </AuditUiProvider>,
      { state: { url: true } },
    );
    await expect.element(screen.getByLabelText('From', { exact: true })).toHaveValue('2026-11-20T08:00');
    await screen.getByLabelText('To', { exact: true }).fill('2026-11-21T10:00');
    await screen.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(sent).toEqual({ from: '2026-11-20T08:00:00.000Z', to: '2026-11-21T10:00:59.999Z' });
  });
});

describe('TimeRangeField: a year back', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('offers the last 365 days, keeps it in the URL as a relative range, and reads it back from a link', async () => {
    history.replaceState(null, '', location.pathname);
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Last 365 days');
    await expect
      .element(screen.getByRole('button', { name: 'Remove filter Time range: Last 365 days' }))
      .toBeVisible();
    expect(new URLSearchParams(location.search).get('audit.range')).toBe('365d');
    await expect
      .poll(() => Date.parse(sent().to ?? '') - Date.parse(sent().from ?? ''))
      .toBe(365 * 86_400_000);
    await screen.unmount();

    const again = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { url: true } },
    );
    await expect.element(again.screen.getByRole('combobox', { name: 'Time range' })).toHaveValue('365d');
    await expect
      .element(again.screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('created:365d');
  });
});

describe('TimeRangeField: a host’s range of dates alone', () => {
  // A host's own date picker gives `{ from: '2026-03-01', to: '2026-03-31' }`: every event of the 31st is in it,
  // as in a link with `audit.to=2026-03-31`, and the search box and the boxes show the range that is requested.
  it('requests and shows whole UTC days, the last one included', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
      { state: { defaultValue: { ...defaultAuditQuery, time: { from: '2026-03-01', to: '2026-03-31' } } } },
    );
    await expect.poll(sent).toEqual({ from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.999Z' });
    await expect
      .element(screen.getByRole('combobox', { name: 'Search events' }))
      .toHaveValue('created:2026-03-01..2026-03-31');
    await expect.element(screen.getByLabelText('From', { exact: true })).toHaveValue('2026-03-01T00:00');
    await expect.element(screen.getByLabelText('To', { exact: true })).toHaveValue('2026-03-31T23:59');
  });
});
