// Right to left: the log mirrors with the host's `dir` (or its own `dir` prop), chevrons and pagination arrows
// point along the reading direction, and addresses stay left to right inside right-to-left text.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testQueryClient } from '../test/renderAudit.tsx';
import { AuditLog, type AuditLogProps } from './AuditLog.tsx';

setupMockApi();

const getToken = () => demoToken(demoIdentities.tenantAAdmin);
const mirrored = 'matrix(-1, 0, 0, 1, 0, 0)';

async function renderLog(props: Partial<AuditLogProps> = {}, hostDir?: 'rtl' | 'ltr') {
  const screen = await render(
    <div dir={hostDir} style={{ inlineSize: 1280 }}>
      <AuditLog
        baseUrl=""
        getToken={getToken}
        defaultTimeZone="UTC"
        locale="en-US"
        queryClient={testQueryClient()}
        newEventsInterval={false}
        {...props}
      />
    </div>,
  );
  const nav = screen.getByRole('navigation', { name: 'Pagination' });
  await expect.element(nav).toHaveTextContent('of 240');
  return { screen, nav };
}

const box = (element: Element) => element.getBoundingClientRect();
const iconTransform = (button: Element) =>
  getComputedStyle(button.querySelector('[data-slot="audit-icon"]')!).transform;

describe('right to left', () => {
  // The frame holds the 1280 px box the log sits in.
  beforeEach(() => page.viewport(1400, 900));

  it('follows the host page’s dir: the layout, chevrons and pagination mirror', async () => {
    const { screen, nav } = await renderLog({}, 'rtl');
    const root = screen.getByRole('region', { name: 'Audit log' }).element();
    expect(getComputedStyle(root).direction).toBe('rtl');
    const first = nav.getByRole('button', { name: 'First page' }).element();
    const next = nav.getByRole('button', { name: 'Next page' }).element();
    const last = nav.getByRole('button', { name: 'Last page' }).element();
    // "First" sits at the right, "Last" at the left, and "Next" points left (toward the later pages).
    expect(box(first).left).toBeGreaterThan(box(next).left);
    expect(box(next).left).toBeGreaterThan(box(last).left);
    expect(iconTransform(next)).toBe(mirrored);
    expect(iconTransform(last)).toBe(mirrored);
    const expand = screen
      .getByRole('button', { name: /^Details of / })
      .first()
      .element();
    expect(iconTransform(expand)).toBe(mirrored);
    // The table's first column (the details button) is at the right edge, the time right after it, leftward.
    const time = screen.getByRole('columnheader', { name: 'Time' }).element();
    expect(box(expand).left).toBeGreaterThan(box(time).left);
  });

  it('the dir prop wins over the host; left-to-right text keeps its icons as drawn', async () => {
    const { screen, nav } = await renderLog({ dir: 'rtl' }, 'ltr');
    const root = screen.getByRole('region', { name: 'Audit log' }).element();
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(iconTransform(nav.getByRole('button', { name: 'Next page' }).element())).toBe(mirrored);
    await screen.unmount();
    const ltr = await renderLog();
    expect(iconTransform(ltr.nav.getByRole('button', { name: 'Next page' }).element())).toBe('none');
  });

  it('keeps IP addresses left to right and opens popovers from the trigger’s start edge', async () => {
    const { screen } = await renderLog({ dir: 'rtl' });
    const ip = document.querySelector('[data-slot="audit-ip-value"]')!;
    expect(getComputedStyle(ip).direction).toBe('ltr');
    expect(getComputedStyle(ip).unicodeBidi).toBe('isolate');
    const trigger = screen.getByRole('search').getByRole('button', { name: 'Severity', exact: true });
    // The toolbar settles first (its parts load on their own); the popover is placed once, when it opens.
    let last = Number.NaN;
    await expect
      .poll(async () => {
        const before = last;
        await new Promise((resolve) => setTimeout(resolve, 100));
        last = box(trigger.element()).right;
        return last === before;
      })
      .toBe(true);
    await trigger.click();
    const dialog = screen.getByRole('dialog');
    await expect.element(dialog).toBeVisible();
    // Aligned with the trigger's right edge, its start in right-to-left text (the window is wide enough).
    expect(Math.abs(box(dialog.element()).right - box(trigger.element()).right)).toBeLessThanOrEqual(1);
  });
});
