// A tenant's column with a long unbroken name (`customer_subscription_identifier`) pushed its row's move buttons out
// of the picker on a phone: cut off, and reachable only by scrolling the popover sideways (WCAG 1.4.10).
import { defaultAuditColumns, type AuditColumn } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { afterEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { ColumnPicker } from './ColumnPicker.tsx';

setupMockApi();
afterEach(() => page.viewport(1400, 900));

const name = 'customer_subscription_identifier';
const longNamed: AuditColumn = { ...defaultAuditColumns[2]!, name, displayName: name, isPredefined: false };

it('wraps a long column name within the picker at 320 px, its move buttons inside it', async () => {
  await page.viewport(320, 700);
  overrideMock(
    http.get('*/metadata', () =>
      HttpResponse.json({
        rows: [{ entityName: 'audits', properties: [...defaultAuditColumns, longNamed] }],
      }),
    ),
  );
  const { screen } = await renderAudit(<ColumnPicker />);
  await screen.getByRole('button', { name: 'Columns' }).click();
  const dialog = screen.getByRole('dialog', { name: 'Show and order columns' });
  const up = dialog.getByRole('button', { name: `Move ${name} up` });
  await expect.element(up).toBeVisible();
  const box = dialog.element();
  expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  const edge = box.getBoundingClientRect();
  for (const button of [up, dialog.getByRole('button', { name: `Move ${name} down` })]) {
    const rect = button.element().getBoundingClientRect();
    expect(rect.left).toBeGreaterThanOrEqual(edge.left);
    expect(rect.right).toBeLessThanOrEqual(edge.right);
  }
});
