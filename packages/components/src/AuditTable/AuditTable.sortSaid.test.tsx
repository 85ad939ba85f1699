// Sorting by a header left focus on a button named "Action", changed only the header's `aria-sort` (not read while
// focus stays) and replaced every row without a word. The count region says the sort with the count, once.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { nextFrame, watchText } from '../test/watchText.ts';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

async function renderCounted() {
  const { screen, queryClient } = await renderAudit(<AuditTable />);
  const region = screen.getByRole('status').filter({ hasText: /^240 events$/ });
  await expect.element(region).toBeInTheDocument();
  const sortButton = (name: string) => screen.getByRole('grid').getByRole('button', { name, exact: true });
  return { screen, queryClient, region: region.element(), sortButton };
}

describe('AuditTable says the sort a header chose', () => {
  it('says "Sorted by Action, ascending" with the count once the sorted events have come, then descending', async () => {
    const { screen, sortButton, region } = await renderCounted();
    const watch = watchText(region);
    (sortButton('Action').element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const sorted = screen.getByRole('status').filter({ hasText: 'Sorted by Action, ascending' });
    await expect.element(sorted).toHaveTextContent('Sorted by Action, ascending. 240 events');
    await expect.element(sortButton('Action')).toHaveFocus();

    await userEvent.keyboard('{Enter}');
    await expect.element(region).toHaveTextContent('Sorted by Action, descending. 240 events');
    watch.stop();
    // Once each: nothing said on the press itself, nor again while the answer settled.
    expect(watch.said).toEqual([
      'Sorted by Action, ascending. 240 events',
      'Sorted by Action, descending. 240 events',
    ]);
  });

  it('says nothing again when the sorted events are asked again in the background', async () => {
    const { queryClient, sortButton, region } = await renderCounted();
    await sortButton('Action').click();
    await expect.element(region).toHaveTextContent('Sorted by Action, ascending. 240 events');
    const watch = watchText(region);
    const asked = requests.filter(isListRequest).length;
    void queryClient.invalidateQueries();
    await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    await nextFrame();
    watch.stop();
    expect(watch.said).toEqual([]);
  });
});
