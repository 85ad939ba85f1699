import { createAuditClient, type AuditClient, type AuditClientOptions } from '@auditkit/headless';
import { useMemo, useState } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';

/** Holds the newest `getToken`, read only when a request is made, never during render. */
class LatestToken {
  #getToken: AuditClientOptions['getToken'] | undefined;
  constructor(getToken: AuditClientOptions['getToken'] | undefined) {
    this.#getToken = getToken;
  }
  update(getToken: AuditClientOptions['getToken'] | undefined): void {
    this.#getToken = getToken;
  }
  read = () => {
    if (!this.#getToken) throw new Error('[auditkit] <AuditLog> lost its `getToken` prop.');
    return this.#getToken();
  };
}

/** Options of {@link useStableClient}. */
export interface StableClientOptions {
  client?: AuditClient;
  baseUrl?: string;
  getToken?: AuditClientOptions['getToken'];
  tenantId?: string;
  /** The signed-in user: a change builds a new client, so cached pages are never shared between users. */
  userId?: string;
}

/**
 * The given client, or one built from `baseUrl` + `getToken` that survives re-renders (an inline `getToken`
 * arrow must not create a new client, and with it a new cache, on every render). A new `userId` or `tenantId`
 * builds a new client whose cache scope names them, so a host that swaps users never shows one user's cached
 * pages to another; a host swapping users without either prop gets one client, as `getToken` alone cannot say
 * whose token it returns.
 */
export function useStableClient({
  client,
  baseUrl,
  getToken,
  tenantId,
  userId,
}: StableClientOptions): AuditClient {
  const [latest] = useState(() => new LatestToken(getToken));
  // A layout effect runs before any query's passive effect starts a fetch, so the first request of a newly
  // built client (after a user swap) already carries the new user's token.
  useLayoutEffectOnClient(() => latest.update(getToken));
  const readToken = latest.read;
  const hasGetToken = typeof getToken === 'function';
  const built = useMemo(
    () =>
      client || baseUrl === undefined || !hasGetToken
        ? undefined
        : createAuditClient({
            baseUrl,
            tenantId,
            getToken: readToken,
            // Without a tenant the client's own scope is unique to this instance, which the rebuild renews.
            cacheScope: userId && tenantId ? `tenant:${tenantId}|user:${userId}` : undefined,
          }),
    [client, baseUrl, tenantId, userId, hasGetToken, readToken],
  );
  const result = client ?? built;
  if (!result) {
    throw new Error('[auditkit] <AuditLog> needs either `client` or both `baseUrl` and `getToken`.');
  }
  return result;
}
