// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditClient } from '../client/createAuditClient.ts';
import { renderWithAudit } from '../test-utils/renderWithAudit.tsx';
import { useOptionalAuditClient } from './AuditProvider.tsx';

afterEach(cleanup);

function ClientShown() {
  const client = useOptionalAuditClient();
  return <p role="status">{client ? `client of ${client.baseUrl}` : 'no client'}</p>;
}

describe('useOptionalAuditClient', () => {
  it('gives the provider’s client inside <AuditProvider>, and no client (not an error) outside it', () => {
    render(<ClientShown />);
    expect(screen.getByRole('status').textContent).toBe('no client');
    cleanup();
    const client = { baseUrl: 'https://api.test', cacheScope: 'tenant:t-1' } as unknown as AuditClient;
    renderWithAudit(<ClientShown />, { client });
    expect(screen.getByRole('status').textContent).toBe('client of https://api.test');
  });
});
