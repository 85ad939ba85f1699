// @vitest-environment jsdom
// A create that never answers: it used to stay pending until the page was reloaded (the client's time limit left
// `create` out). It now fails as unreachable, saying the event may have been stored, and is not sent again.
import { renderHook, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { auditWrapper } from '../test-utils/renderWithAudit.tsx';
import { useCreateAudit } from './useCreateAudit.ts';

const server = setupMockBackend(5);

describe('useCreateAudit', () => {
  it("ends in an error after the client's timeoutMs when the API never answers, without sending again", async () => {
    let posts = 0;
    server.use(
      http.post('*/audits', () => {
        posts++;
        return new Promise<never>(() => undefined);
      }),
    );
    const { result } = renderHook(() => useCreateAudit(), {
      wrapper: auditWrapper({ client: clientAs(undefined, { timeoutMs: 100 }) }),
    });
    result.current.mutate({ severity: 'Info', action: 'Rotated API key' });
    await waitFor(() => expect(result.current.isError).toBe(true), { timeout: 2_000 });
    expect(result.current.error).toMatchObject({ kind: 'network', code: 'unreachable' });
    expect(result.current.error?.message).toMatch(/may have been stored/);
    expect(posts).toBe(1);
  });
});
