// Infinite scrolling's rows are a chunk of their own, fetched when an infinite table first renders. Offline then,
// the table showed its error state, and its Retry showed the same error until the page was reloaded: React keeps a
// failed `lazy` failed for good. Retry now fetches the chunk again.
import type { AuditSort } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { AuditTableView } from '../guardedParts.ts';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';

setupMockApi();

const columns: AuditColumnLike[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp', sortable: true, showInTable: true },
  { name: 'action', displayName: 'Action', type: 'AlphaNumeric', sortable: true, showInTable: true },
];
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const events: AuditEventLike[] = Array.from({ length: 30 }, (_, i) => ({
  frontegg_id: `e${i}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, i)).toISOString(),
  action: `Action ${i}`,
}));

it('shows the infinite list’s rows after Retry when their chunk failed to arrive', async () => {
  // The chunk's request fails as it does offline (the mock's service worker sees the page's module requests too).
  let offline = true;
  let fetches = 0;
  overrideMock(
    http.get(/\/VirtualRows\.tsx/, () => {
      fetches += 1;
      return offline ? HttpResponse.error() : undefined;
    }),
  );
  const screen = await render(
    <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
      <AuditTableView events={events} columns={columns} sort={sort} onSortChange={() => {}} virtual />
    </AuditUiProvider>,
  );
  const retry = screen.getByRole('button', { name: 'Retry' });
  await expect.element(retry).toBeVisible();
  expect(fetches).toBe(1);
  offline = false;
  await retry.click();
  await expect.element(screen.getByRole('button', { name: /^Details of Action 0 / })).toBeVisible();
  expect(screen.getByRole('button', { name: 'Retry' }).elements()).toHaveLength(0);
  expect(fetches).toBe(2);
});
