// Issue 10: nothing a link or an event holds can take the host page down or widen a request. Each test here
// failed on the code before the fix (defects 1, 2 and 3).
import { defaultAuditColumns } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { overrideMock, requests, setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';
import { AuditErrorBoundary } from '../ErrorBoundary/AuditErrorBoundary.tsx';
import * as publicApi from '../index.ts';
import type { ReactElement } from 'react';
import { apiParameterUrlKeys } from '../../../../test/fixtures/hostileKeys.ts';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);

const mount = (props: Partial<AuditLogProps> = {}) =>
  render(
    <div data-testid="host">
      <h1>Host page</h1>
      <AuditLog
        baseUrl=""
        getToken={getToken}
        urlState
        queryClient={testQueryClient()}
        defaultTimeZone="UTC"
        locale="en-US"
        newEventsInterval={false}
        {...props}
      />
    </div>,
  );

/** Serves these events (raw JSON text, so `__proto__` stays a plain key) from both list endpoints. */
function serveEvents(eventsJson: string, total: number) {
  const body = `{"data":[${eventsJson}],"total":${total}}`;
  const answer = () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
  overrideMock(http.get('*/audits/resources/audits/v2', answer), http.get('*/audits', answer));
}

afterEach(() => history.replaceState(null, '', location.pathname));

describe('AuditLog against hostile links and events', () => {
  it('defect 1: a link with audit.__proto__ (and constructor, toString…) keys shows the log, not a blank page', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?audit.__proto__=x&audit.f.__proto__=x&audit.constructor=c&audit.toString=t&audit.hasOwnProperty=h&audit.sev=High`,
    );
    const screen = await mount();
    await expect.element(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await expect.element(screen.getByRole('button', { name: 'Remove filter Severity: High' })).toBeVisible();
    // The metadata names none of them: each stays a chip labelled by its own name and marked "not applied"
    // (never a label-less chip, never a silently dropped filter), and none reaches the request.
    const list = screen.getByRole('list', { name: 'Active filters' });
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      await expect.element(list.getByText(new RegExp(`^${name}: .* \\(not applied\\)$`))).toBeVisible();
    await expect
      .element(screen.getByRole('note', { name: 'Not applied to the rows shown' }))
      .toHaveTextContent('constructor: c (there is no such column)');
  });

  it('defect 1: a filter on a column named like an Object member is labelled by its own name', async () => {
    const names = ['constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const extra = names.map((name) => ({ ...defaultAuditColumns[2]!, name, displayName: name }));
    overrideMock(
      http.get('*/metadata', () =>
        HttpResponse.json({
          rows: [{ entityName: 'audits', properties: [...defaultAuditColumns, ...extra] }],
        }),
      ),
    );
    history.replaceState(
      null,
      '',
      `${location.pathname}?audit.constructor=c&audit.toString=t&audit.hasOwnProperty=h&audit.__proto__=p`,
    );
    const screen = await mount();
    for (const [name, value] of [
      ['constructor', 'c'],
      ['toString', 't'],
      ['hasOwnProperty', 'h'],
      ['__proto__', 'p'],
    ])
      await expect
        .element(screen.getByRole('button', { name: `Remove filter ${name}: ${value}` }))
        .toBeVisible();
  });

  it('an event that came with a refresh keeps its own fields: `__proto__` stays a field, and its copy is as sent', async () => {
    const old =
      '{"frontegg_id":"e1","createdAt":"2026-11-25T10:00:00.000Z","severity":"Info","action":"old"}';
    serveEvents(old, 1);
    const queryClient = testQueryClient();
    const screen = await mount({ queryClient });
    await expect.element(screen.getByRole('button', { name: /^Details of / })).toBeVisible();
    // A new event on top, as a refresh or "show new events" brings it: the row before it was another event.
    serveEvents(
      `{"frontegg_id":"e2","createdAt":"2026-11-25T11:00:00.000Z","severity":"High","action":"new","user":42,"__proto__":{"polluted":1}},${old}`,
      2,
    );
    await queryClient.refetchQueries();
    await expect.element(screen.getByRole('button', { name: /^Details of / }).nth(1)).toBeVisible();
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details.getByText('__proto__', { exact: true })).toBeVisible();
    await expect.element(details.getByText('{"polluted":1}')).toBeVisible();
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await details.getByRole('button', { name: 'Copy this event as JSON' }).click();
    await expect.poll(() => writeText.mock.calls.length).toBe(1);
    const copied = JSON.parse(writeText.mock.calls[0]![0]) as Record<string, unknown>;
    expect(copied.user).toBe(42);
    expect(Object.hasOwn(copied, '__proto__')).toBe(true);
    vi.unstubAllGlobals();
  });

  it('defect 2: opening an event with a __proto__ field shows it as data, and the page stays', async () => {
    serveEvents(
      '{"frontegg_id":"e1","createdAt":"2026-11-25T10:00:00.000Z","severity":"High","action":"p","__proto__":{"polluted":1},"constructor":"c","toString":"t"}',
      1,
    );
    const screen = await mount();
    await screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const details = screen.getByRole('region', { name: /^Details of / });
    await expect.element(details).toBeVisible();
    await expect.element(details.getByText('__proto__', { exact: true })).toBeVisible();
    await expect.element(details.getByText('{"polluted":1}')).toBeVisible();
    await expect.element(details.getByText('constructor', { exact: true })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('defect 3: none of the API parameters a link once set reaches a request', async () => {
    const keys = apiParameterUrlKeys;
    const link = keys.map((key) => `audit.${key}=${key === 'created_from' ? '2100-01-01' : 'tenant-globex'}`);
    history.replaceState(null, '', `${location.pathname}?${link.join('&')}`);
    const screen = await mount();
    // The shared link cannot hide every event: all 240 of the tenant are there.
    await expect
      .element(screen.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
    const lists = requests.filter((url) => /\/audits(\/resources\/audits\/v2)?$/.test(url.pathname));
    expect(lists.length).toBeGreaterThan(0);
    for (const url of lists) {
      for (const key of ['tenant_ids', 'tenantId', 'created_from', 'createdAt', 'vendorId', 'filter'])
        expect(url.searchParams.has(key), `${key} in ${url.search}`).toBe(false);
      for (const key of ['count', 'offset', 'sortBy']) expect(url.searchParams.getAll(key)).toHaveLength(1);
      expect(url.searchParams.get('offset')).toBe('0');
      expect(url.searchParams.get('sortBy')).toBe('createdAt');
    }
    expect(screen.getByRole('combobox', { name: 'Time range' }).element()).toHaveValue('all');
  });

  it('defect 9: a URL in event text is plain text; an opted-in field links only to an allowed origin, in full', async () => {
    serveEvents(
      '{"frontegg_id":"e1","createdAt":"2026-11-25T10:00:00.000Z","severity":"High","action":"Open https://evil.example/steal?t=1","user":"https://evil.example/u","email":"a@acme.test","description":"see https://evil.example/steal?t=2","resource":"https://app.acme.test/roles/7 and https://evil.example/r"}',
      1,
    );
    const plain = await mount();
    await plain
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    await expect.element(plain.getByRole('region', { name: /^Details of / })).toBeVisible();
    await expect.element(plain.getByText('see https://evil.example/steal?t=2').first()).toBeVisible();
    expect(plain.getByRole('link').elements()).toHaveLength(0);
    await plain.unmount();

    const opted = await mount({ links: { fields: ['resource'], origins: ['https://app.acme.test'] } });
    await opted
      .getByRole('button', { name: /^Details of / })
      .first()
      .click();
    const link = opted
      .getByRole('region', { name: /^Details of / })
      .getByRole('link', { name: 'https://app.acme.test/roles/7' });
    await expect.element(link).toHaveAttribute('href', 'https://app.acme.test/roles/7');
    const hrefs = opted
      .getByRole('link')
      .elements()
      .map((element) => element.getAttribute('href'));
    expect(hrefs.every((href) => href === 'https://app.acme.test/roles/7')).toBe(true);
  });

  it('a part that fails to render shows its error state with Retry, calls onError, and the rest stays', async () => {
    let failing = true;
    const onError = vi.fn();
    const screen = await mount({
      onError,
      messages: {
        range: (from, to, total) => {
          if (failing) throw new Error('range message failed');
          return `${from}–${to} of ${total}`;
        },
      },
    });
    const alert = screen
      .getByRole('alert')
      .filter({ hasText: 'This part of the audit log could not be shown.' });
    await expect.element(alert).toBeVisible();
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    expect(onError).toHaveBeenCalled();
    expect(onError.mock.calls[0]![0]).toMatchObject({ message: 'range message failed' });
    expect(onError.mock.calls[0]![1]).toMatchObject({ part: 'Pagination' });
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect
      .element(screen.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent('1–20 of 240');
  });

  it.each([
    [
      'throws',
      () => {
        throw new Error('tracker not ready');
      },
    ],
    ['is no function (plain JS)', 'log' as unknown as () => void],
  ])('an onError that %s leaves the host page and the parts that work', async (_, onError) => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const screen = await mount({
      onError,
      messages: {
        range: () => {
          throw new Error('range message failed');
        },
      },
    });
    await expect
      .element(
        screen.getByRole('alert').filter({ hasText: 'This part of the audit log could not be shown.' }),
      )
      .toBeVisible();
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    expect(logged.mock.calls.some(([text]) => String(text).startsWith('[auditkit] onError threw'))).toBe(
      true,
    );
    logged.mockRestore();
  });

  it('a query of the wrong shape from plain JS shows the log with what can be read, and says what was mended', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Partial, a filter as one text, a preset no version has: each threw in the request builder before.
    const defaultQuery = JSON.parse(
      '{"filters":{"severity":"High"},"time":{"preset":"week"},"page":-1}',
    ) as AuditLogProps['defaultQuery'];
    const screen = await mount({ defaultQuery });
    await expect.element(screen.getByRole('button', { name: 'Remove filter Severity: High' })).toBeVisible();
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await expect
      .element(screen.getByRole('navigation', { name: 'Pagination' }))
      .toHaveTextContent(/1–\d+ of \d+/);
    expect(screen.container.textContent).not.toContain('could not be shown');
    const warned = warn.mock.calls.map(([text]) => String(text));
    expect(warned.some((text) => text.includes('query.time.preset "week" is not one of'))).toBe(true);
    expect(warned.some((text) => text.includes('query.filters["severity"] is not a list of texts'))).toBe(
      true,
    );
    warn.mockRestore();
  });

  it('a host that signs out (no getToken) and in again shows the log again, without Retry', async () => {
    const onError = vi.fn();
    const queryClient = testQueryClient();
    const log = (token: AuditLogProps['getToken']) => (
      <AuditLog
        baseUrl=""
        getToken={token}
        queryClient={queryClient}
        newEventsInterval={false}
        onError={onError}
      />
    );
    const screen = await render(log(getToken));
    const table = screen.getByRole('grid', { name: 'Audit events' });
    await expect.element(table).toBeVisible();

    await screen.rerender(log(undefined));
    await expect.element(screen.getByRole('alert').first()).toBeVisible();
    expect(onError.mock.calls[0]![0]).toMatchObject({ message: expect.stringMatching(/getToken/) });

    await screen.rerender(log(getToken));
    await expect.element(table).toBeVisible();
    await expect.element(table.getByText(/@acme\.test/).first()).toBeVisible();
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
  });

  it('a URL prefix that would mix its keys with another log’s shows the error state, says why, and keeps the URL', async () => {
    history.replaceState(null, '', '?tab=settings&audit.admin.q=login');
    const onError = vi.fn();
    const screen = await mount({ onError, urlState: { prefix: 'audit.admin' } });
    await expect.element(screen.getByRole('alert').first()).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    expect(onError).toHaveBeenCalled();
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(TypeError);
    expect(onError.mock.calls[0]![0]).toMatchObject({
      message: expect.stringMatching(/the URL prefix must be 1 to 64/),
    });
    expect(location.search).toBe('?tab=settings&audit.admin.q=login');
  });

  it('a failure in every row leaves the filters and the host page, with the error state in the table', async () => {
    const onError = vi.fn();
    const screen = await mount({
      onError,
      formatRelative: () => {
        throw new Error('relative time failed');
      },
    });
    await expect
      .element(
        screen.getByRole('alert').filter({ hasText: 'This part of the audit log could not be shown.' }),
      )
      .toBeVisible();
    await expect.element(screen.getByRole('search', { name: 'Filters' })).toBeVisible();
    await expect.element(screen.getByRole('heading', { name: 'Host page' })).toBeVisible();
    expect(onError.mock.calls.some(([, info]) => (info as { part: string }).part === 'AuditTable')).toBe(
      true,
    );
  });

  it('every component the package exports, parts and cells, is inside its own error boundary', async () => {
    // Providers wrap the host's own children (a boundary there would swallow the host's errors); the boundary
    // itself and <AuditLog> (tested above) are the rest.
    const notParts = new Set([
      'AuditLog',
      'AuditErrorBoundary',
      'AuditRoot',
      'AuditStateProvider',
      'AuditStateScope',
      'AuditUiProvider',
    ]);
    const parts = Object.entries(publicApi).filter(
      ([name, value]) => /^[A-Z]/.test(name) && typeof value === 'function' && !notParts.has(name),
    );
    for (const [name, Part] of parts) {
      const element = (Part as (props: object) => ReactElement<{ part?: string }>)({});
      expect(element.type, name).toBe(AuditErrorBoundary);
      expect(element.props.part, name).toBe(name);
    }
    expect(parts.map(([name]) => name)).toEqual(
      expect.arrayContaining(['FilterBar', 'UserCell', 'JsonTree']),
    );

    // A host's own table given a broken event: the cell shows the error state, the table and page stay.
    const onError = vi.fn();
    const screen = await render(
      <AuditErrorBoundary onError={onError}>
        <h1>Host table</h1>
        <table>
          <tbody>
            <tr>
              <td>
                <publicApi.UserCell event={null as never} />
              </td>
              <td>
                <publicApi.SeverityBadge value="High" />
              </td>
            </tr>
          </tbody>
        </table>
      </AuditErrorBoundary>,
    );
    await expect.element(screen.getByRole('alert')).toHaveTextContent('could not be shown');
    await expect.element(screen.getByRole('heading', { name: 'Host table' })).toBeVisible();
    await expect.element(screen.getByText('High')).toBeVisible();
    expect(onError.mock.calls[0]![1]).toMatchObject({ part: 'UserCell' });
  });
});
