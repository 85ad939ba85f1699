// Another filter, search or time range whose answer has the same count ("Last 365 days" when every event is in
// it): the count region's text did not change, so nothing was heard that the new answer had come. It is emptied
// and says the count again; a background refetch of the same query still says nothing.
// One whose answer has another count: the text changes, which is heard by itself. It was emptied for a frame first
// and filled again a frame later, as for the same count, and that second render of the whole table came after
// every filter change's answer (bench/profile.mjs filter). It goes from one count to the next at once.
import { describe, expect, it, onTestFinished } from 'vitest';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { nextFrame, watchText } from '../test/watchText.ts';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

/** The table's count region from its first 240 events, and what it says once another time range has answered. */
async function countSaidAfterPicking(range: string) {
  const { screen } = await renderAudit(
    <>
      <FilterBar />
      <AuditTable />
    </>,
  );
  const region = screen.getByRole('status').filter({ hasText: /^240 events$/ });
  await expect.element(region).toBeInTheDocument();
  const watch = watchText(region.element());
  onTestFinished(watch.stop);
  const asked = requests.filter(isListRequest).length;
  await screen.getByRole('combobox', { name: 'Time range' }).selectOptions(range);
  await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
  return { region, said: () => watch.said, stop: watch.stop };
}

describe('AuditTable’s count after another query', () => {
  it('says the count again when another time range answers with as many events', async () => {
    const { region, said, stop } = await countSaidAfterPicking('Last 365 days');
    await expect.poll(said).toEqual(['', '240 events']);
    stop();
    await expect.element(region).toHaveTextContent('240 events');
  });

  it('says another count at once, without emptying the region first', async () => {
    const { said, stop } = await countSaidAfterPicking('Last 24 hours');
    await expect.poll(() => said().length).toBeGreaterThan(0);
    await nextFrame();
    stop();
    expect(said()).toHaveLength(1);
    expect(said()[0]).toMatch(/^\d+ events?$/);
    expect(said()[0]).not.toBe('240 events');
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
