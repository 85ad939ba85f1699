// @vitest-environment jsdom
// A file of its own: the warning is given once per page, and another file's test may have given it already.
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import type { AuditStoredViews, AuditViewStorage } from './auditViews.types.ts';
import { useSavedViews, type UseSavedViewsOptions } from './useSavedViews.ts';

const failedLogins: AuditQuery = { ...defaultAuditQuery, search: 'bob@acme.test action:"Failed login"' };
const render = (options: UseSavedViewsOptions) =>
  renderHook((props: UseSavedViewsOptions) => useSavedViews(props), { initialProps: options });

beforeEach(() => localStorage.clear());

describe('useSavedViews without a userId', () => {
  // One `localStorage` key was every user's of the browser: on a shared computer the next user, of any tenant, was
  // shown the last one's views, opened on their default view, and could rename or delete them.
  it('keeps views for the page only, never in localStorage, and warns once to pass a userId', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const first = render({});
      await waitFor(() => expect(first.result.current.status).toBe('ready'));
      const saved = await act(() =>
        first.result.current.save('bob@acme failed logins', { query: failedLogins }),
      );
      await act(() => first.result.current.setDefault(saved.id));
      expect(Object.keys(localStorage)).toEqual([]);
      first.unmount();
      // Mounted again on the same page (a route left and come back to), the menu still has them.
      const again = render({});
      await waitFor(() => expect(again.result.current.defaultView?.name).toBe('bob@acme failed logins'));
      expect(Object.keys(localStorage)).toEqual([]);

      // A named user keeps their own views in localStorage, and sees none of those.
      const named = render({ tenantId: 't', userId: 'u' });
      await waitFor(() => expect(named.result.current.status).toBe('ready'));
      expect(named.result.current.views).toEqual([]);
      await act(() => named.result.current.save('Mine', { query: failedLogins }));
      expect(Object.keys(localStorage)).toEqual(['auditkit.views:t:u']);

      const warnings = warn.mock.calls
        .map(([text]) => String(text))
        .filter((text) => text.includes('userId'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/^\[auditkit\] .*Pass `userId` \(and `tenantId`\)/);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('still keeps them in a storage the host gives, under "-" for the user', async () => {
    const rows = new Map<string, AuditStoredViews>();
    const storage: AuditViewStorage = {
      load: ({ tenantId, userId }) => rows.get(`${tenantId}/${userId}`) ?? null,
      save: ({ tenantId, userId }, views) => void rows.set(`${tenantId}/${userId}`, views),
    };
    const { result } = render({ storage, tenantId: 't' });
    await waitFor(() => expect(result.current.status).toBe('ready'));
    await act(() => result.current.save('Mine', { query: failedLogins }));
    expect([...rows.keys()]).toEqual(['t/-']);
  });
});
