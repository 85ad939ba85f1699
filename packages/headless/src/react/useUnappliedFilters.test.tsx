// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { setupMockBackend } from '../test-utils/mockBackend.ts';
import { auditWrapper } from '../test-utils/renderWithAudit.tsx';
import { useUnappliedFilters, type UseUnappliedFiltersOptions } from './useUnappliedFilters.ts';

setupMockBackend(50);

const byUser = { ...defaultAuditQuery, filters: { users: ['user-acme-ada'] } };

const judged = (options: UseUnappliedFiltersOptions) =>
  renderHook(() => useUnappliedFilters(byUser, options), { wrapper: auditWrapper() }).result;

describe('useUnappliedFilters', () => {
  it('marks a users filter not applied on the legacy list, which cannot take it', async () => {
    const legacy = judged({ legacy: true });
    await waitFor(() => expect(legacy.current.map((item) => item.column)).toEqual(['users']));
    // The default list (v2 then) applies it.
    const v2 = judged({});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(v2.current).toEqual([]);
  });
});
