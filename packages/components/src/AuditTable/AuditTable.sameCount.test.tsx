// Another filter, search or time range whose answer has the same count ("Last 365 days" when every event is in
// it): the count region's text did not change, so nothing was heard that the new answer had come. It is emptied
// and says the count again; a background refetch of the same query still says nothing.
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { nextFrame, watchText } from '../test/watchText.ts';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

describe('AuditTable’s count after a query with the same count', () => {
  it('says the count again when another time range answers with as many events', async () => {
    const { screen } = await renderAudit(
      <>
        <FilterBar />
        <AuditTable />
      </>,
    );
    const region = screen.getByRole('status').filter({ hasText: /^240 events$/ });
    await expect.element(region).toBeInTheDocument();
    const element = region.element();
    const watch = watchText(element);
    const asked = requests.filter(isListRequest).length;
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Last 365 days');
    await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
    await expect.poll(() => watch.said).toEqual(['', '240 events']);
    watch.stop();
    await expect.element(region).toHaveTextContent('240 events');
  });

  it('says nothing again when the same query is asked again in the background', async () => {
    const { screen, queryClient } = await renderAudit(<AuditTable />);
    const region = screen.getByRole('status').filter({ hasText: /^240 events$/ });
    await expect.element(region).toBeInTheDocument();
    const watch = watchText(region.element());
    const asked = requests.filter(isListRequest).length;
    void queryClient.invalidateQueries();
    await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    await nextFrame();
    watch.stop();
    expect(watch.said).toEqual([]);
  });
});
