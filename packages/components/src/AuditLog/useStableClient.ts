import { createAuditClient, type AuditClient, type AuditClientOptions } from '@auditkit/headless';
import { useEffect, useMemo, useRef, useState } from 'react';
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
 * the last one's cached pages (and search suggestions from them). `scope` is the client's own, or the one a client
 * it replaced had (see {@link keepsScope}).
 */
function scopedClient(
  client: AuditClient,
  scope: string,
  tenantId: string | undefined,
  userId: string | undefined,
): AuditClient {
  const cacheScope = `${scope}${ownerNames(tenantId, userId)}`;
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

/**
 * What a cache scope appends to name a tenant and a user (`|tenant:…|user:…`, each only when given). Every id is
 * encoded, so none holds a `|`: a `|` inside an id could otherwise make two different pairs one scope (tenant
 * `t|user:a` with user `b`, and tenant `t` with user `a|user:b`), and one user would be shown the other's cached
 * pages.
 */
function ownerNames(tenantId: string | undefined, userId: string | undefined): string {
  return (
    (tenantId === undefined ? '' : `|tenant:${encodeURIComponent(tenantId)}`) +
    (userId === undefined ? '' : `|user:${encodeURIComponent(userId)}`)
  );
}

/** A given client and the scope its cache keys start with. */
interface ScopeAnchor {
  readonly client: AuditClient;
  readonly scope: string;
}

/**
 * Whether a new client given in place of `previous` keeps its cache scope, so a host that creates one per render
 * keeps its rows: only when `tenantId` and `userId` are both given, as the scope then names whose events they are
 * (as the `baseUrl` + `getToken` client's does), and the new client asks the same API for the same tenant under the
 * same `cacheScope` (or an automatic one, unique to each instance, which names nobody). Without them a new client
 * is how a host may mark another user, and gets a cache of its own.
 */
function keepsScope(
  previous: AuditClient,
  next: AuditClient,
  tenantId: string | undefined,
  userId: string | undefined,
): boolean {
  return (
    Boolean(tenantId && userId) &&
    previous.baseUrl === next.baseUrl &&
    previous.tenantId === next.tenantId &&
    // A scope the host gave each client (one per user at a shared desk) is its word on whose rows they are.
    (previous.cacheScope === next.cacheScope ||
      (ownScope.test(previous.cacheScope) && ownScope.test(next.cacheScope)))
  );
}

/**
 * The scope `createAuditClient` gives a client with neither `cacheScope` nor `tenantId`: unique to the instance. The
 * format is headless's own (createAuditTransport), which names no such scope in its API; the test that keeps the
 * scope for a client created in render fails if they drift apart.
 */
const ownScope = /^client:\d+$/;

/**
 * Warns a developer, once per mount, whose host gives `<AuditLog>` a new `client` again and again for the same API,
 * tenant and user (created during render, or in a `useMemo` keyed on the token). Not at the first new client: a
 * host may build one for the next user.
 */
function useNewClientWarning(
  client: AuditClient | undefined,
  scope: string,
  tenantId: string | undefined,
  userId: string | undefined,
): void {
  const seen = useRef<{ client: AuditClient; source: string; scope: string; changes: number }>(undefined);
  const warned = useRef(false);
  useEffect(() => {
    if (!client) {
      seen.current = undefined;
      return;
    }
    // A scope the host gives each client (one per person at a shared desk) makes each a new source, never a repeat.
    const hostScope = ownScope.test(client.cacheScope) ? null : client.cacheScope;
    const source = JSON.stringify([
      client.baseUrl,
      client.tenantId ?? null,
      tenantId ?? null,
      userId ?? null,
      hostScope,
    ]);
    const last = seen.current;
    const changes = last?.source === source ? last.changes + (last.client === client ? 0 : 1) : 0;
    seen.current = { client, source, scope, changes };
    // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
    // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
    if (process.env.NODE_ENV === 'production' || changes < 2 || warned.current) return;
    warned.current = true;
    console.warn(
      `[auditkit] <AuditLog> was given a new \`client\` for the same baseUrl and tenant ${changes} times. Create it ` +
        'once: at module level, or `const [client] = useState(() => createAuditClient({ baseUrl, getToken }))` ' +
        '(`getToken` is asked on every request, so it can read a refreshed token). ' +
        (last?.scope === scope
          ? 'The log keeps its cached events, as `tenantId` and `userId` name them, but every part renders again.'
          : 'Each new client starts an empty cache: the table loads again and an open event closes each time. ' +
            'Passing `tenantId` and `userId` lets the log keep its cache across clients.'),
    );
  }, [client, scope, tenantId, userId]);
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
 * `userId` when either is given (the same swap, on a host's module-level client); with both, a new client for the
 * same API and tenant keeps the last one's scope. A host swapping users without either prop gets one client, as
 * `getToken` alone cannot say whose token it returns. A client created anew on every render warns in development.
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
            // Without a tenant the client's own scope is unique to this instance, which the rebuild renews. With
            // one, the user is named within the tenant's own scope (`tenant:<id>`, what the client would have), so
            // a refresh of that scope and its inner ones (`useCreateAudit`) reaches this log's pages too.
            cacheScope: userId && tenantId ? `tenant:${tenantId}${ownerNames(undefined, userId)}` : undefined,
          }),
    [client, baseUrl, tenantId, userId, hasGetToken, readToken],
  );
  // A new client in place of the last may keep its scope (see keepsScope): adjusted while rendering, so the
  // render that gets it already reads the cached pages.
  const [anchor, setAnchor] = useState<ScopeAnchor | undefined>(() =>
    client ? { client, scope: client.cacheScope } : undefined,
  );
  let scope = anchor?.scope ?? client?.cacheScope ?? '';
  if (client && anchor?.client !== client) {
    scope = anchor && keepsScope(anchor.client, client, tenantId, userId) ? anchor.scope : client.cacheScope;
    setAnchor({ client, scope });
  }
  const scoped = useMemo(
    () =>
      client && (tenantId !== undefined || userId !== undefined)
        ? scopedClient(client, scope, tenantId, userId)
        : client,
    [client, scope, tenantId, userId],
  );
  const result = scoped ?? built;
  useNewClientWarning(client, result?.cacheScope ?? '', tenantId, userId);
  if (!result) {
    throw new Error('[auditkit] <AuditLog> needs either `client` or both `baseUrl` and `getToken`.');
  }
  return result;
}
