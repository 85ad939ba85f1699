// The polite count of an infinite list whose server sends no total ("At least 100 events") stays as it is while
// the list is asked again in the background (once the window regaining focus; now its lists marked stale): it was
// emptied for the refetch and filled again when it answered, so every refetch read the count out again though
// nothing had changed.
import { describe, expect, it } from 'vitest';
import { Pagination } from '../Pagination/Pagination.tsx';
import { isListRequest, listsWithoutTotal, requests, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { AuditTable } from './AuditTable.tsx';

const api = setupMockApi();

describe('AuditTable’s count without a total from the server', () => {
  it('says nothing new while the list is asked again in the background and nothing changed', async () => {
    listsWithoutTotal();
    const { screen, queryClient } = await renderAudit(<AuditTable paging="infinite" />);
    const region = screen.getByRole('status').filter({ hasText: /^At least [\d,]+ events$/ });
    await expect.element(region).toBeInTheDocument();
    const element = region.element();
    const before = element.textContent;
    const said: (string | null)[] = [];
    const observer = new MutationObserver(() => said.push(element.textContent));
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    const asked = requests.filter(isListRequest).length;
    // The lists marked stale, as creating an event does: the list is asked again in the background. (The window
    // regaining focus asks an infinite list nothing: it would be every page loaded.)
    void queryClient.invalidateQueries();
    await expect.poll(() => requests.filter(isListRequest).length).toBeGreaterThan(asked);
    await expect.poll(() => queryClient.isFetching()).toBe(0);
    // A frame for the answer to be drawn.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    observer.disconnect();
    expect(said.filter((text) => text !== before)).toEqual([]);
    expect(element.textContent).toBe(before);
  });

  it('still says no count while another query’s answer is kept on screen (a page-size change)', async () => {
    listsWithoutTotal();
    const { screen } = await renderAudit(
      <>
        <AuditTable />
        <Pagination />
      </>,
    );
    const region = screen.getByRole('status').filter({ hasText: 'At least 20 events' });
    await expect.element(region).toBeInTheDocument();
    const element = region.element();
    api().setScenario({ latencyMs: 2000 });
    const nav = screen.getByRole('navigation', { name: 'Pagination' });
    await nav.getByRole('combobox', { name: 'Rows per page' }).selectOptions('100');
    // The 20 rows of the page before stay while the 100 load: they count nothing of the new answer.
    await expect.element(screen.getByRole('grid')).toHaveAttribute('aria-busy', 'true');
    expect(element.textContent).toBe('');
    await expect.element(nav, { timeout: 10_000 }).toHaveTextContent('1–100 of many');
    await expect
      .element(screen.getByRole('status').filter({ hasText: 'At least 100 events' }))
      .toBeInTheDocument();
  });
});
