import type { AuditClient } from './createAuditClient.ts';
import type { AuditListClient } from './createAuditListClient.ts';

/** The methods a full client has and a list client lacks. */
export type AuditClientOnlyMethod = Exclude<keyof AuditClient, keyof AuditListClient>;

/**
 * The client as a full `AuditClient`, for a part that needs one of its methods beyond listing; a client from
 * `createAuditListClient` (or any object without that method) throws a `TypeError` naming the fix, rather than
 * failing later with "is not a function".
 *
 * @example
 * ```ts
 * const stats = requireAuditClient(context.client, 'useAuditStats', 'stats').stats();
 * ```
 */
export function requireAuditClient(
  client: AuditListClient,
  user: string,
  method: AuditClientOnlyMethod,
): AuditClient {
  if (typeof (client as Partial<AuditClient>)[method] === 'function') return client as AuditClient;
  throw new TypeError(
    `[auditkit] ${user} needs a client from createAuditClient: this one has no \`${method}\` (createAuditListClient's only lists events).`,
  );
}
