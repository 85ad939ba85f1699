// Renders UI under an AuditProvider with a fresh QueryClient that does not retry (unless a test says so).
import { QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AuditClient } from '../client/createAuditClient.ts';
import { AuditProvider, type AuditProviderProps } from '../react/AuditProvider.tsx';
import { clientAs } from './mockBackend.ts';

export const testQueryClient = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });

export interface RenderWithAuditOptions {
  client?: AuditClient;
  queryClient?: QueryClient;
  retryPolicy?: AuditProviderProps['retryPolicy'];
}

/** The provider `renderWithAudit` puts UI under, as a `wrapper` for `renderHook`. */
export function auditWrapper({
  client = clientAs(),
  queryClient = testQueryClient(),
  retryPolicy = false,
}: RenderWithAuditOptions = {}) {
  return function AuditWrapper({ children }: { children: ReactNode }) {
    return (
      <AuditProvider client={client} queryClient={queryClient} retryPolicy={retryPolicy}>
        {children}
      </AuditProvider>
    );
  };
}

export function renderWithAudit(
  ui: ReactNode,
  { client = clientAs(), queryClient = testQueryClient(), retryPolicy = false }: RenderWithAuditOptions = {},
): RenderResult & { queryClient: QueryClient; client: AuditClient } {
  const Wrapper = auditWrapper({ client, queryClient, retryPolicy });
  const wrap = (node: ReactNode) => <Wrapper>{node}</Wrapper>;
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)), queryClient, client };
}
