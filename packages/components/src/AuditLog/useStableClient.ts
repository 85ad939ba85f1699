import { createAuditClient, type AuditClient, type AuditClientOptions } from '@auditkit/headless';
import { useEffect, useMemo, useState } from 'react';

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
}

/**
 * The given client, or one built from `baseUrl` + `getToken` that survives re-renders (an inline `getToken`
 * arrow must not create a new client, and with it a new cache, on every render).
 */
export function useStableClient({ client, baseUrl, getToken, tenantId }: StableClientOptions): AuditClient {
  const [latest] = useState(() => new LatestToken(getToken));
  useEffect(() => latest.update(getToken));
  const readToken = latest.read;
  const hasGetToken = typeof getToken === 'function';
  const built = useMemo(
    () =>
      client || baseUrl === undefined || !hasGetToken
        ? undefined
        : createAuditClient({ baseUrl, tenantId, getToken: readToken }),
    [client, baseUrl, tenantId, hasGetToken, readToken],
  );
  const result = client ?? built;
  if (!result) {
    throw new Error('[auditkit] <AuditLog> needs either `client` or both `baseUrl` and `getToken`.');
  }
  return result;
}
