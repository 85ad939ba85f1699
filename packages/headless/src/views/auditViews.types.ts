import type { ColumnPreferences } from '../react/useColumnPreferences.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';

/** A named view: a query, the columns and the time zone to look at it in. */
export interface AuditView {
  readonly id: string;
  readonly name: string;
  readonly query: AuditQuery;
  /** Column order and visibility; absent keeps whatever the user has. */
  readonly columns?: ColumnPreferences | undefined;
  /** IANA zone, `'UTC'` or `'local'`; absent keeps the user's. */
  readonly timeZone?: string | undefined;
  /** Given by the host: can be applied, not renamed or deleted. */
  readonly predefined: boolean;
}

/** A view the host predefines, written in code (`query` fills in from the defaults). */
export interface AuditViewDefinition {
  /**
   * Stable id, so a user's default can point at it. One over 100 characters is shortened (cut, with a hash).
   * @default derived from the name
   */
  id?: string | undefined;
  name: string;
  query?: Partial<AuditQuery> | undefined;
  columns?: ColumnPreferences | undefined;
  timeZone?: string | undefined;
}

/** Whose views: views are kept per tenant and user. */
export interface AuditViewOwner {
  readonly tenantId: string;
  readonly userId: string;
}

/** The stored form: plain JSON, the query as a URL query string (so it is read by the same hardened codec). */
export interface AuditStoredViews {
  version: 1;
  views: {
    id: string;
    name: string;
    search: string;
    columns?: ColumnPreferences | undefined;
    timeZone?: string | undefined;
  }[];
  /** A user view's or a predefined view's id. */
  defaultViewId?: string | undefined;
}

/**
 * Where saved views live. The default keeps them in `localStorage`; a host implements this to keep them on
 * its own server. Either method may return a promise. `load` may return anything: what comes back is validated,
 * and what does not fit is dropped, never trusted.
 *
 * @example
 * ```ts
 * const serverViews: AuditViewStorage = {
 *   load: ({ tenantId, userId }) => fetch(`/api/views/${tenantId}/${userId}`).then((r) => r.json()),
 *   save: ({ tenantId, userId }, views) =>
 *     fetch(`/api/views/${tenantId}/${userId}`, { method: 'PUT', body: JSON.stringify(views) }).then(() => {}),
 * };
 * ```
 */
export interface AuditViewStorage {
  /** Read again before every change is written, so a change is made to what is stored then. */
  load(owner: AuditViewOwner): unknown;
  save(owner: AuditViewOwner, views: AuditStoredViews): void | Promise<void>;
  /**
   * Optional: calls `onChange` when the owner's views were changed elsewhere (another tab, another device), so the
   * list shown is read again; returns the unsubscribe. The default storage does this for other tabs.
   */
  subscribe?(owner: AuditViewOwner, onChange: () => void): () => void;
}
