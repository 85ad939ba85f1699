// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { setupMockBackend } from '../test-utils/mockBackend.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useAuditList } from './useAuditList.ts';
import { useAuditPageInRange } from './useAuditPageInRange.ts';
import { useAuditQueryState } from './useAuditQueryState.ts';

setupMockBackend(130);
afterEach(cleanup);

function Paged({ page, url = false }: { page: number; url?: boolean }) {
  const state = useAuditQueryState({ defaultValue: { ...defaultAuditQuery, page }, url });
  const list = useAuditList(state.query);
  useAuditPageInRange(state, list);
  return <p role="status">{`page ${state.query.page + 1}: ${list.events.length} of ${list.total ?? '…'}`}</p>;
}

describe('useAuditPageInRange', () => {
  it('moves a page past the last to the last, so the rows and the count agree', async () => {
    // 130 events, 20 a page: 7 pages, the last with 10.
    renderWithAudit(<Paged page={40} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('page 7: 10 of 130'));
  });

  it('leaves a page within the events alone', async () => {
    renderWithAudit(<Paged page={2} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('page 3: 20 of 130'));
  });

  it('corrects a page past the last in the page’s own history entry, adding none', async () => {
    // A link to page 41 of 7: the correction is no step of the user's.
    window.history.replaceState(null, '', '/audit?audit.page=41');
    const entries = window.history.length;
    renderWithAudit(<Paged page={0} url />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('page 7: 10 of 130'));
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('audit.page')).toBe('7'));
    expect(window.history.length).toBe(entries);
  });
});
