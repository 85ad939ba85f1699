// A filter whose answer has another count: the region's text changes, which is heard by itself. It was emptied for
// a frame first and filled again a frame later, as for the same count, and that second render of the whole table
// came after every filter change's answer (bench/profile.mjs filter). It goes from one count to the next at once.
import { describe, expect, it } from 'vitest';
import { FilterBar } from '../FilterBar/FilterBar.tsx';
import { isListRequest, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { nextFrame, watchText } from '../test/watchText.ts';
import { AuditTable } from './AuditTable.tsx';

setupMockApi();

describe('AuditTable’s count after a query with another count', () => {
  it('says the new count at once, without emptying the region first', async () => {
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
    await screen.getByRole('combobox', { name: 'Time range' }).selectOptions('Last 24 hours');
    await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
    await expect.poll(() => watch.said.length).toBeGreaterThan(0);
    await nextFrame();
    watch.stop();
    expect(watch.said).toHaveLength(1);
    expect(watch.said[0]).toMatch(/^\d+ events?$/);
    expect(watch.said[0]).not.toBe('240 events');
  });
});
