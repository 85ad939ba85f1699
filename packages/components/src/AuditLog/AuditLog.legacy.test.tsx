// `<AuditLog legacy>` against the mock, in a file of its own: requests a previous test left in flight reach the
// mock after the next test starts, and this test counts every list request the log makes.
import { defaultAuditQuery } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { http, HttpResponse } from 'msw';
// Shared with the headless tests by path, as root test/ helpers are: test helpers are in no package's exports.
import { legacyListIgnoringRangeEnd } from '../../../headless/src/test-utils/legacyListIgnoringRangeEnd.ts';
import { isListRequest, overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

const mockApi = setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);
/** A log on the legacy list, with the test's own query client. */
const renderLegacyLog = (props: Partial<AuditLogProps> = {}) =>
  render(
    <AuditLog
      baseUrl=""
      getToken={getToken}
      legacy
      defaultTimeZone="UTC"
      locale="en-US"
      queryClient={testQueryClient()}
      {...props}
    />,
  );
const listPaths = () =>
  requests.filter(isListRequest).map((url) => `${url.pathname}?count=${url.searchParams.get('count')}`);

describe('AuditLog legacy', () => {
  it('reads only the legacy list: rows, pager, count and the new-events poll, one request a page', async () => {
    const screen = await renderLegacyLog();
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    // The new-events poll starts once the first page has shown its newest event: `count=1`, on the same list.
    await expect.poll(listPaths).toEqual(['/audits?count=20', '/audits?count=1']);
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    // Polled: the pager says the new range while the page is still on its way, and under load the request can
    // reach the mock after that (it failed once so in a full run).
    await expect.poll(listPaths).toEqual(['/audits?count=20', '/audits?count=1', '/audits?count=20']);
  });

  it('says a filter only the v2 list takes is not applied, instead of showing unfiltered rows as filtered', async () => {
    const screen = await renderLegacyLog({
      defaultQuery: { ...defaultAuditQuery, filters: { users: ['user-acme-sam'] } },
      newEventsInterval: false,
    });
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    const note = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect.element(note).toHaveTextContent('user-acme-sam');
    await expect
      .element(
        screen.getByRole('list', { name: 'Active filters' }).getByText(/user-acme-sam \(not applied\)/),
      )
      .toBeVisible();
    expect(requests.filter(isListRequest).every((url) => !url.searchParams.has('users'))).toBe(true);
  });

  it('offers no users: in the search box, which the legacy list cannot filter by, but the email field', async () => {
    const screen = await renderLegacyLog({ newEventsInterval: false });
    await screen.getByRole('combobox', { name: 'Search events' }).fill('us');
    const listbox = screen.getByRole('listbox', { name: 'Suggestions' });
    await expect.element(listbox.getByRole('option', { name: /^actor:/ })).toBeVisible();
    expect(listbox.getByRole('option', { name: /^users:/ }).elements()).toEqual([]);
    // Typed all the same, it is marked not applied, naming the field that filters by user here; but no one-click
    // swap to it, which would filter the email by a user id and find nothing, with no problem shown.
    await screen.getByRole('combobox', { name: 'Search events' }).fill('users:user-acme-sam');
    const problems = screen.getByRole('list', { name: 'Not applied' });
    await expect.element(problems).toHaveTextContent(/email/);
    expect(problems.getByRole('button').elements()).toEqual([]);
  });

  it('says the time range is not applied when the legacy list answers with events outside it', async () => {
    // Only `$gt` of the legacy list's `createdAt` is seen read (frontegg-react's getFilterTime): a service that
    // ignores `$lt` answered events after the range as if in it, and the log showed them as the range's.
    overrideMock(legacyListIgnoringRangeEnd(mockApi()));
    const screen = await renderLegacyLog({
      // Ends days before the mock's newest events.
      defaultQuery: { ...defaultAuditQuery, time: { from: '2026-01-01', to: '2026-11-20' } },
      newEventsInterval: false,
    });
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    const note = screen.getByRole('note', { name: 'Not applied to the rows shown' });
    await expect.element(note).toHaveTextContent('Time range (the audits API returned events outside it)');
    // The rows stay as answered, none dropped unsaid.
    await expect
      .element(
        screen
          .getByRole('grid')
          .getByText(/Nov 2[1-5], 2026/)
          .first(),
      )
      .toBeVisible();
  });

  it('names the users filter of a link as filtered by email here, not as a column that cannot be filtered', async () => {
    const screen = await renderLegacyLog({
      defaultQuery: { ...defaultAuditQuery, filters: { users: ['user-acme-sam'] } },
      newEventsInterval: false,
    });
    await expect
      .element(screen.getByRole('note', { name: 'Not applied to the rows shown' }))
      .toHaveTextContent('User: user-acme-sam (this log filters users by email instead)');
  });

  it('exports from the legacy endpoints alone, and says a users filter is not applied to the file', async () => {
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const screen = await renderLegacyLog({
      defaultQuery: { ...defaultAuditQuery, filters: { users: ['user-acme-sam'] } },
      newEventsInterval: false,
      exportOptions: { target: 'download', saveBlob },
    });
    await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
    await screen.getByRole('button', { name: 'Export' }).click();
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    // The file holds the rows the table shows: the legacy export cannot filter by user either.
    await expect
      .element(dialog.getByRole('note', { name: 'Not applied to the file' }))
      .toHaveTextContent('User: user-acme-sam (this log filters users by email instead)');
    for (const format of [/^JSON Lines/, /^Plain CSV/]) {
      await dialog.getByRole('radio', { name: format }).click();
      await dialog.getByRole('button', { name: 'Download' }).click();
      await expect.element(dialog.getByText('Export complete: 240 events')).toBeVisible();
    }
    expect(saveBlob).toHaveBeenCalledTimes(2);
    // A deployment without v2 answers its paths with an error: none was asked, and no request named the user.
    expect(
      requests.filter((url) => url.pathname.includes('/v2') && !url.pathname.endsWith('/export/csv/v2')),
    ).toEqual([]);
    expect(requests.some((url) => url.searchParams.has('users'))).toBe(false);
  });

  it('works on a deployment that serves no v2 endpoint: search, sort, pages, details, stats and both exports', async () => {
    overrideMock(
      http.all('*/audits/resources/audits/v2*', () =>
        HttpResponse.json({ errors: ['Not found'] }, { status: 404 }),
      ),
    );
    const saveBlob = vi.fn<(blob: Blob, name: string) => void>();
    const screen = await renderLegacyLog({ exportOptions: { target: 'download', saveBlob } });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await expect.element(nav).toHaveTextContent('1–20 of 240');
    await expect.element(screen.getByRole('region', { name: 'Audit summary' })).toBeVisible();
    // The next page, a search, then a sort by another column: each the legacy list's answer.
    await nav.getByRole('button', { name: 'Next page' }).click();
    await expect.element(nav).toHaveTextContent('21–40 of 240');
    await screen.getByRole('combobox', { name: 'Search events' }).fill('login');
    await expect.element(nav).not.toHaveTextContent('of 240');
    await expect.element(nav).toHaveTextContent(/^1–\d+ of \d+/);
    await screen.getByRole('grid').getByRole('button', { name: 'Action' }).click();
    await expect
      .element(screen.getByRole('columnheader', { name: /Action/ }))
      .toHaveAttribute('aria-sort', 'ascending');
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    await expect.element(screen.getByRole('region', { name: /^Details of / })).toBeVisible();
    for (const format of [/^CSV for spreadsheets Opens/, /^JSON Lines/]) {
      await screen.getByRole('button', { name: 'Export' }).click();
      const dialog = screen.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: format }).click();
      await dialog.getByRole('button', { name: 'Download' }).click();
      await expect.element(dialog.getByText(/^Export complete: \d+ events/)).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();
    }
    expect(saveBlob).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('alert').elements()).toEqual([]);
    expect(requests.filter((url) => url.pathname.includes('/resources/audits/v2'))).toEqual([]);
  });

  it('grows an infinite list from the legacy list and polls it, on a deployment that serves no v2 endpoint', async () => {
    overrideMock(
      http.all('*/audits/resources/audits/v2*', () =>
        HttpResponse.json({ errors: ['Not found'] }, { status: 404 }),
      ),
    );
    const screen = await renderLegacyLog({ paging: 'infinite' });
    const grid = screen.getByRole('grid', { name: 'Audit events' });
    const loadMore = grid.getByRole('button', { name: 'Load more' });
    await expect.element(loadMore).toBeInTheDocument();
    // A click where the button is: scrolled into view, the list may ask for the next events by itself.
    (loadMore.element() as HTMLElement).click();
    const pages = () =>
      requests.filter((url) => isListRequest(url) && url.searchParams.get('count') === '100');
    await expect.poll(() => pages().length).toBeGreaterThanOrEqual(2);
    expect(
      pages()
        .map((url) => `${url.pathname}?offset=${url.searchParams.get('offset')}`)
        .slice(0, 2),
    ).toEqual(['/audits?offset=0', '/audits?offset=100']);
    // The new-events notice polls the same list (`count=1`), and nothing else is asked of any list.
    await expect.poll(listPaths).toContain('/audits?count=1');
    expect(new Set(listPaths())).toEqual(new Set(['/audits?count=100', '/audits?count=1']));
    expect(screen.getByRole('alert').elements()).toEqual([]);
  });
});
