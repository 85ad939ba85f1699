import { AuditProvider, createAuditClient } from '@auditkit/headless';
import { demoIdentities, demoToken, type DemoIdentity } from '@auditkit/mock-api';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { render } from 'vitest-browser-react';
import { AuditRoot, type AuditTheme } from '../AuditRoot/AuditRoot.tsx';
import { AuditStateProvider } from '../AuditStateProvider/AuditStateProvider.tsx';
import type { AuditStateOptions } from '../AuditStateProvider/useAuditStateValue.ts';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import type { AuditMessages } from '../messages/defaultMessages.ts';

/** Options of {@link renderAudit}. */
export interface RenderAuditOptions {
  identity?: DemoIdentity | undefined;
  /** The client's `getToken`. @default the identity's demo token, signed when first asked (a promise) */
  getToken?: (() => string | Promise<string>) | undefined;
  theme?: AuditTheme | undefined;
  tenantId?: string | undefined;
  state?: AuditStateOptions | undefined;
  /** @default a new {@link testQueryClient} */
  queryClient?: QueryClient | undefined;
  /** @default 'en-US' */
  locale?: string | undefined;
  /** @default 'UTC' */
  timeZone?: string | undefined;
  /** @default English */
  messages?: Partial<AuditMessages> | undefined;
}

/** A fresh QueryClient without retries per test, as the house style asks. */
export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/**
 * Renders parts inside the providers `<AuditLog>` would give them, against the service-worker mock, in UTC and
 * en-US so text is stable.
 */
export async function renderAudit(ui: ReactNode, options: RenderAuditOptions = {}) {
  const identity = options.identity ?? demoIdentities.tenantAAdmin;
  // Signed once, as a host hands out the same token until it refreshes it: signed at each call, two calls either
  // side of a second (its `iat`) differ, and a 401 is then sent again with the "new" token (createAuditTransport),
  // so a test counting requests failed on a busy machine.
  let token: Promise<string> | undefined;
  const client = createAuditClient({
    baseUrl: '',
    getToken: options.getToken ?? (() => (token ??= demoToken(identity))),
    tenantId: options.tenantId,
  });
  const queryClient = options.queryClient ?? testQueryClient();
  const screen = await render(
    <AuditProvider client={client} queryClient={queryClient} retryPolicy={false}>
      <AuditUiProvider
        defaultTimeZone={options.timeZone ?? 'UTC'}
        locale={options.locale ?? 'en-US'}
        messages={options.messages}
      >
        <AuditStateProvider storage={null} storageKey="test" {...options.state}>
          <AuditRoot theme={options.theme ?? 'light'}>{ui}</AuditRoot>
        </AuditStateProvider>
      </AuditUiProvider>
    </AuditProvider>,
  );
  return { screen, client, queryClient };
}
