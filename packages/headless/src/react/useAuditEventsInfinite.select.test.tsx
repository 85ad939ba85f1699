// @vitest-environment jsdom
// A part reading an infinite list renders for reasons of its own (a progress count, a hover, a poll's state): the
// list is not rebuilt from its pages in each of those renders, only when its pages change. With 10,000 rows loaded,
// rebuilding it (every page's events de-duplicated, then compared with the last list event by event) made each
// such render pay for every row.
import { act, cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditEventsInfinite } from './useAuditEventsInfinite.ts';
import * as unique from './uniqueEvents.ts';

vi.mock('./uniqueEvents.ts', async (original) => {
  const actual = await original<typeof unique>();
  return { ...actual, uniqueEvents: vi.fn(actual.uniqueEvents) };
});

setupMockBackend(150);
afterEach(cleanup);

function Reader() {
  const { data, fetchNextPage } = useAuditEventsInfinite({ ...defaultAuditQuery, pageSize: 50 });
  const [ticks, setTicks] = useState(0);
  return (
    <>
      <p role="status">{`${data?.events.length ?? 0} rows, ${ticks} ticks`}</p>
      <button type="button" onClick={() => setTicks(ticks + 1)}>
        Tick
      </button>
      <button type="button" onClick={() => void fetchNextPage()}>
        Load more
      </button>
    </>
  );
}

it('builds the list once per change of its pages, not once per render of a part reading it', async () => {
  renderWithAudit(<Reader />);
  await screen.findByText('50 rows, 0 ticks');
  act(() => screen.getByRole('button', { name: 'Load more' }).click());
  await screen.findByText('100 rows, 0 ticks');
  const built = vi.mocked(unique.uniqueEvents).mock.calls.length;
  for (let tick = 1; tick <= 20; tick++) act(() => screen.getByRole('button', { name: 'Tick' }).click());
  await screen.findByText('100 rows, 20 ticks');
  expect(vi.mocked(unique.uniqueEvents).mock.calls.length).toBe(built);
});
