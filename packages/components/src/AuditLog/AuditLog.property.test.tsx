// Issue 10, "must show": fast-check properties over one mounted <AuditLog> in Chromium. Hostile links (500 URLs
// built from hostile keys and values, reached as back/forward entries) and hostile events (field names and values
// from a hostile generator, served through MSW overrides): the page never unmounts, no error escapes or is even
// caught by a boundary, and no script runs (alert trap, MutationObserver for created script/iframe elements).
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { AuditLog } from './AuditLog.tsx';
import { apiParameterUrlKeys, objectMemberNames } from '../../../../test/fixtures/hostileKeys.ts';

setupMockApi();

const hostileNames = [
  ...objectMemberNames,
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  '',
  ' ',
  '\u0000',
  'a.b',
  'f.__proto__',
];
const hostileValues = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<iframe src="javascript:alert(1)"></iframe>',
  'javascript:alert(1)',
  'https://evil.example/steal?x=<script>',
  '=HYPERLINK("https://evil.example")',
  '%E0%A4%A',
  '\u202Eevil\u202C',
  '\u0000\u0001\u001F\u007F\r\n\t',
  '2026-02-30',
  '9'.repeat(400),
];
const controlText = fc.string({ unit: 'binary', maxLength: 40 });
const hostileName = fc.oneof(fc.constantFrom(...hostileNames), fc.string({ maxLength: 12 }));
const hostileValue = fc.oneof(fc.constantFrom(...hostileValues), controlText);

// Keys a link may carry: the codec's own, the API's parameters, Object members, junk, all under the prefix or not.
const urlKey = fc.oneof(
  fc.constantFrom('q', 'range', 'from', 'to', 'sort', 'page', 'size', 'cols', 'sev', 'ua', 'f', 'f.'),
  fc.constantFrom(...apiParameterUrlKeys),
  fc.constantFrom('email', 'action', 'ip', 'severity'),
  hostileName,
);
const urlPair = fc
  .tuple(fc.constantFrom('audit.', 'audit.f.', '', 'audit'), urlKey, hostileValue, fc.boolean())
  .map(([prefix, key, value, encode]) => `${prefix}${key}=${encode ? encodeURIComponent(value) : value}`);
const hostileSearch = fc.oneof(
  fc.array(urlPair, { maxLength: 8 }).map((pairs) => pairs.join('&')),
  fc.string({ unit: 'binary', maxLength: 120 }),
);

let serial = 0;
/** One event: the fields the API guarantees, then hostile names and values (nested ones too, 10 KB strings). */
const hostileEvent = fc
  .tuple(
    fc.array(
      fc.tuple(
        hostileName,
        fc.oneof(
          hostileValue,
          fc.constant('x'.repeat(10_240)),
          fc.integer(),
          fc.constant(null),
          fc.dictionary(hostileName, hostileValue, { maxKeys: 4 }),
          fc.array(hostileValue, { maxLength: 3 }),
          fc.constant({ before: { role: '<b>viewer</b>' }, after: { __proto__: 'x', role: 'admin' } }),
        ),
      ),
      { maxLength: 8 },
    ),
    fc.constantFrom('Info', 'High', 'Critical', 'constructor', '__proto__', '<b>x</b>'),
  )
  .map(([fields, severity]) => ({
    // Object.fromEntries keeps `__proto__` an own key, and JSON.stringify writes it as one.
    ...Object.fromEntries(fields),
    frontegg_id: `e-${(serial += 1)}`,
    createdAt: '2026-11-25T10:00:00.000Z',
    severity,
    action: fields[0]?.[0] ?? 'act',
    ip: '203.0.113.7',
  }));

describe('AuditLog under hostile links and events (fast-check, Chromium)', () => {
  const errors: unknown[] = [];
  const created: string[] = [];
  const onError = vi.fn();
  const alert = vi.fn();
  const onWindowError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  let observer: MutationObserver;
  const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  beforeAll(() => {
    window.alert = alert;
    window.confirm = () => (alert('confirm'), false);
    window.prompt = () => (alert('prompt'), null);
    window.addEventListener('error', onWindowError);
    window.addEventListener('unhandledrejection', onRejection);
    observer = new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element)
            for (const element of [node, ...node.querySelectorAll('script, iframe, object, embed')])
              if (/^(SCRIPT|IFRAME|OBJECT|EMBED)$/.test(element.tagName)) created.push(element.outerHTML);
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  afterAll(() => {
    observer.disconnect();
    window.removeEventListener('error', onWindowError);
    window.removeEventListener('unhandledrejection', onRejection);
    Object.assign(window, originals);
    history.replaceState(null, '', location.pathname);
  });

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const mount = () =>
    render(
      <div>
        <h1>Host page</h1>
        <AuditLog
          baseUrl=""
          getToken={() => demoToken(demoIdentities.tenantAAdmin)}
          urlState
          queryClient={queryClient}
          onError={onError}
          defaultTimeZone="UTC"
          locale="en-US"
          newEventsInterval={false}
        />
      </div>,
    );
  const expectAlive = () => {
    expect(document.querySelector('h1')?.textContent).toBe('Host page');
    expect(document.querySelector('[data-slot="audit-table"], table')).not.toBeNull();
    expect(errors).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
    expect(alert).not.toHaveBeenCalled();
    expect(created).toEqual([]);
  };
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  it('500 hostile links, reached as back/forward entries of one mounted log, never break the page', async () => {
    const screen = await mount();
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await fc.assert(
      fc.asyncProperty(hostileSearch, async (search) => {
        // Marked as auditkit's own entry, so the log follows it as it would a Back to a shared link.
        const state = { __auditkit: ['audit'] };
        history.pushState(state, '', `${location.pathname}?${search.replace(/#/g, '%23')}`);
        window.dispatchEvent(new PopStateEvent('popstate', { state }));
        await settle();
        expectAlive();
      }),
      { numRuns: 500 },
    );
    // And a fresh mount on a hostile link reads it at first render.
    history.replaceState(
      null,
      '',
      `${location.pathname}?audit.__proto__=x&audit.constructor=y&audit.from=2026-02-30`,
    );
    await screen.unmount();
    const again = await mount();
    await expect.element(again.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    expectAlive();
    await again.unmount();
  }, 120_000);

  it('hostile events (names, values, 10 KB strings, control characters) render and open without harm', async () => {
    history.replaceState(null, '', location.pathname);
    const screen = await mount();
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileEvent, { minLength: 1, maxLength: 4 }), async (events) => {
        const body = JSON.stringify({ data: events, total: events.length });
        const answer = () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } });
        overrideMock(http.get('*/audits/resources/audits/v2', answer), http.get('*/audits', answer));
        await queryClient.invalidateQueries();
        const rows = screen.getByRole('button', { name: /^Details of / });
        await expect.element(rows.first()).toBeVisible();
        await rows.first().click();
        await settle();
        expectAlive();
        // Never a live link: event text is plain text by default.
        expect(document.querySelectorAll('[data-slot="audit-link"]')).toHaveLength(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  }, 90_000);
});
