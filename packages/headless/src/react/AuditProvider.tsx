import { QueryClient } from '@tanstack/react-query';
import {
  createContext,
  createElement,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { AuditListClient } from '../client/createAuditListClient.ts';
import { createRetryPolicy, type RetryPolicy, type RetryPolicyOptions } from '../client/retryPolicy.ts';

/** Props of `AuditProvider`. */
export interface AuditProviderProps {
  /**
   * The audits client every hook below uses: `createAuditClient`'s, or `createAuditListClient`'s on a page that only
   * lists events (the hooks that export, count or look up say so if given that one).
   */
  client: AuditListClient;
  /**
   * The TanStack `QueryClient` to cache in. Without one the provider creates a private client, so the library
   * works whether or not the host has its own `QueryClientProvider`.
   */
  queryClient?: QueryClient | undefined;
  /**
   * The retry rule of every query (none on 4xx except 429, backoff on 5xx and network); `false` leaves retries to
   * the `QueryClient`'s defaults.
   * @default {}
   */
  retryPolicy?: RetryPolicyOptions | false | undefined;
  children?: ReactNode | undefined;
}

/** What the hooks read from `AuditProvider`. */
export interface AuditContextValue {
  client: AuditListClient;
  queryClient: QueryClient;
  retry: RetryPolicy | undefined;
}

const AuditContext = createContext<AuditContextValue | null>(null);

/**
 * Gives the hooks below it an audits client and a query cache.
 *
 * @example
 * ```tsx
 * <AuditProvider client={createAuditClient({ baseUrl: '/frontegg', getToken })}>
 *   <MyAuditScreen />
 * </AuditProvider>
 * ```
 */
export function AuditProvider({ client, queryClient, retryPolicy, children }: AuditProviderProps) {
  if (!client)
    throw new TypeError(
      '[auditkit] <AuditProvider> needs a `client` (createAuditClient, or createAuditListClient).',
    );
  // Cheap to create; used only when the host gives no QueryClient, and stable across renders.
  const [privateQueryClient] = useState(() => new QueryClient());
  const effective = queryClient ?? privateQueryClient;
  useEffect(() => {
    // Mounted here whoever made it (Query counts a client's mounts, so a host's QueryClientProvider holding it too
    // is no harm): a private client, or a host's handed to the log alone, has nothing else to mount it, and
    // Query refetches on window focus and on coming back online only for a mounted client.
    effective.mount();
    return () => effective.unmount();
  }, [effective]);

  const { maxRetries, baseDelay, maxDelay, maxRetryAfter } = retryPolicy || {};
  const disabled = retryPolicy === false;
  const value = useMemo(
    () => ({
      client,
      queryClient: effective,
      retry: disabled ? undefined : createRetryPolicy({ maxRetries, baseDelay, maxDelay, maxRetryAfter }),
    }),
    [client, effective, disabled, maxRetries, baseDelay, maxDelay, maxRetryAfter],
  );
  // createElement, not JSX: the provider is all a list-only page renders of ours, and JSX would add
  // `react/jsx-runtime` to a host that does not use it otherwise.
  return createElement(AuditContext.Provider, { value }, children);
}

/** Options every auditkit hook takes, to work without (or override) `AuditProvider`. */
export interface AuditHookOptions {
  /** @default the provider's client */
  client?: AuditListClient | undefined;
  /** @default the provider's QueryClient */
  queryClient?: QueryClient | undefined;
}

/**
 * The provider's client, or `undefined` outside `<AuditProvider>`: for parts that also show events a host passes
 * in with no client (a table of given events) and offer what needs the API only when there is one.
 *
 * @example
 * ```ts
 * // A list-only client (`createAuditListClient`) has no `lookupIp`: offer the lookup only where there is one.
 * const client = useOptionalAuditClient() as Partial<AuditClient> | undefined;
 * const canLookUp = typeof client?.lookupIp === 'function';
 * ```
 */
export function useOptionalAuditClient(): AuditListClient | undefined {
  return useContext(AuditContext)?.client;
}

/**
 * The provider's client, cache and retry rule, or `undefined` outside `<AuditProvider>`: for parts that ask the API
 * outside a query (a count before a change of the query) and should retry as the provider's queries do.
 *
 * @example
 * ```ts
 * const audit = useOptionalAuditContext();
 * const retry = audit ? auditRetryRule(audit) : createRetryPolicy();
 * ```
 */
export function useOptionalAuditContext(): AuditContextValue | undefined {
  return useContext(AuditContext) ?? undefined;
}

/**
 * The provider's client and cache, overridden by the hook's options. Throws with the fix when neither exists.
 *
 * @example
 * ```ts
 * const { client } = useAuditContext('useMyHook');
 * ```
 */
export function useAuditContext(hookName: string, options: AuditHookOptions = {}): AuditContextValue {
  const context = useContext(AuditContext);
  const client = options.client ?? context?.client;
  const queryClient = options.queryClient ?? context?.queryClient;
  if (!client || !queryClient) {
    // Inside a provider all the same: the provider and the hook are from two copies of this package (a host's own
    // at one version, @auditkit/components' at another), each with its own context.
    throw new Error(
      `[auditkit] \`${hookName}\` must be used within <AuditProvider>, or be given \`client\` and \`queryClient\`` +
        ' (inside one: see `npm ls @auditkit/headless` for two copies).',
    );
  }
  return { client, queryClient, retry: context ? context.retry : createRetryPolicy() };
}
