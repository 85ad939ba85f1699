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

/**
 * The given client under a cache scope that also names the tenant and user: the same requests (it delegates every
 * call, with the client's own `this`), cache keys of their own. A host with one module-level client whose
 * `getToken` reads the signed-in session keeps that client across a user swap; without this, the next user saw
 * the last one's cached pages (and search suggestions from them).
 */
function scopedClient(
  client: AuditClient,
  tenantId: string | undefined,
  userId: string | undefined,
): AuditClient {
  // Encoded, so a `|` inside an id cannot make two different tenant and user pairs one scope.
  const names = [
    tenantId === undefined ? '' : `|tenant:${encodeURIComponent(tenantId)}`,
    userId === undefined ? '' : `|user:${encodeURIComponent(userId)}`,
  ];
  const cacheScope = `${client.cacheScope}${names.join('')}`;
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(client, {
    get(target, key) {
      if (key === 'cacheScope') return cacheScope;
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      // Bound to the given client, so a class-based client's methods (and private fields) still work; kept, so a
      // method read twice is the same function.
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(target));
      return bound.get(key);
    },
  });
}

/** Options of {@link useStableClient}. */
export interface StableClientOptions {
  client?: AuditClient | undefined;
  baseUrl?: string | undefined;
  getToken?: AuditClientOptions['getToken'] | undefined;
  tenantId?: string | undefined;
  /**
   * The signed-in user: a change builds a new client (or, with `client`, a new cache scope over it), so cached
   * pages are never shared between users.
   */
  userId?: string | undefined;
}

/**
 * The given client, or one built from `baseUrl` + `getToken` that survives re-renders (an inline `getToken`
 * arrow must not create a new client, and with it a new cache, on every render). A new `userId` or `tenantId`
 * builds a new client whose cache scope names them, so a host that swaps users never shows one user's cached
 * pages to another. A given `client` is used as it is, under a cache scope that also names `tenantId` and
 * `userId` when either is given (the same swap, on a host's module-level client). A host swapping users without
 * either prop gets one client, as `getToken` alone cannot say whose token it returns.
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
  const scoped = useMemo(
    () =>
      client && (tenantId !== undefined || userId !== undefined)
        ? scopedClient(client, tenantId, userId)
        : client,
    [client, tenantId, userId],
  );
  const result = scoped ?? built;
  if (!result) {
    throw new Error('[auditkit] <AuditLog> needs either `client` or both `baseUrl` and `getToken`.');
  }
  return result;
}
