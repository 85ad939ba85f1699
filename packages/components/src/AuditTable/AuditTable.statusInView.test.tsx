// A table wider than its box (the default columns need about 1,130 px; the box here is 900) scrolls sideways: its
// status (no events, the error, the loading skeleton) stays in the visible width, centred there, and in view when
// the table is scrolled, instead of centred in the whole table, its message and buttons past the box's right edge.
import { defaultAuditQuery, type AuditQuery } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';

setupMockApi();

async function renderLog(query: AuditQuery = defaultAuditQuery) {
  const screen = await render(
    <div style={{ inlineSize: 900 }}>
      <AuditLog {...testAuditLogProps()} newEventsInterval={false} defaultQuery={query} />
    </div>,
  );
  const container = () => document.querySelector('[data-slot="audit-table-container"]')!;
  return { screen, container };
}

/** The part lies within the box's visible width, centred in it (±2 px), and the table is wider than the box. */
function expectCentredInView(part: Element, box: Element) {
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth + 100);
  const visible = box.getBoundingClientRect();
  const inner = {
    left: visible.left + box.clientLeft,
    right: visible.left + box.clientLeft + box.clientWidth,
  };
  const shown = part.getBoundingClientRect();
  expect(shown.left, part.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(inner.left - 1);
  expect(shown.right, part.outerHTML.slice(0, 80)).toBeLessThanOrEqual(inner.right + 1);
  expect(Math.abs((shown.left + shown.right) / 2 - (inner.left + inner.right) / 2)).toBeLessThanOrEqual(2);
}

describe('the table’s status in a table wider than its box', () => {
  beforeEach(() => page.viewport(1400, 900));

  it('shows no events and Clear filters in view, scrolled or not', async () => {
    const { screen, container } = await renderLog({ ...defaultAuditQuery, search: 'zzzznothing' });
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    await expect.element(clear).toBeInTheDocument();
    const message = screen.getByText('No events match these filters.').element();
    expectCentredInView(message, container());
    expectCentredInView(clear.element(), container());
    container().scrollLeft = 200;
    expectCentredInView(message, container());
    expectCentredInView(clear.element(), container());
  });

  it('shows the error and its Retry in view', async () => {
    const failing = () => HttpResponse.json({ errors: ['Broken'] }, { status: 500 });
    overrideMock(http.get('*/audits/resources/audits/v2', failing), http.get('*/audits', failing));
    const { screen, container } = await renderLog();
    const alert = screen.getByRole('alert').filter({ hasText: 'The audit log could not be loaded.' });
    await expect.element(alert).toBeInTheDocument();
    expectCentredInView(screen.getByText('The audit log could not be loaded.').element(), container());
    expectCentredInView(screen.getByRole('button', { name: /Retry/ }).element(), container());
  });

  it('keeps the loading skeleton to the visible width', async () => {
    const never = () => new Promise<Response>(() => {});
    overrideMock(http.get('*/audits/resources/audits/v2', never), http.get('*/audits', never));
    const { screen, container } = await renderLog();
    await expect.element(screen.getByText('Loading events…')).toBeInTheDocument();
    const skeleton = container().querySelector('[data-kind="loading"]')!;
    expectCentredInView(skeleton, container());
  });
});
