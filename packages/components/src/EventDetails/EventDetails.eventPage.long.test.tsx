// "Show only events where …" in a layout without a filter bar, on pages of 100: the event's row is further down
// the new page than its first screenful, which mounts first (useProgressiveRows). Its details went with the old
// page's rows, focus in them fell to the page's body, and the row came back a step later, closed.
import { createAuditClient, defaultAuditQuery } from '@auditkit/headless';
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';

setupMockApi();

it('keeps the open event’s details, and focus in them, when the filtered page holds it past its first screenful', async () => {
  const client = createAuditClient({ baseUrl: '', getToken: () => demoToken(demoIdentities.tenantAAdmin) });
  const { data } = await client.list({ offset: 0, count: 100, sortBy: 'createdAt', sortDirection: 'desc' });
  // An Info event with at least 40 Info events above it: that far down the page filtered to Info.
  const index = data.findIndex(
    (event, at) =>
      event.severity === 'Info' && data.slice(0, at).filter((e) => e.severity === 'Info').length >= 40,
  );
  expect(index).toBeGreaterThan(0);
  const { screen } = await renderAudit(<AuditTable />, {
    state: { defaultValue: { ...defaultAuditQuery, pageSize: 100 } },
  });
  const expand = screen.getByRole('button', { name: /^Details of / }).nth(index);
  await expect.element(expand).toBeVisible();
  await expand.click();
  const details = screen.getByRole('region', { name: expand.element().getAttribute('aria-label')! });
  await details.getByRole('button', { name: 'Show only events where Severity is Info' }).click();
  await expect.poll(() => screen.getByRole('grid').element().getAttribute('aria-busy')).not.toBe('true');
  await new Promise((resolve) => setTimeout(resolve, 300));
  await expect.element(details).toBeVisible();
  expect(details.element().contains(document.activeElement)).toBe(true);
});
