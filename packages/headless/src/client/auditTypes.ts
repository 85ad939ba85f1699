import type { UnappliedFilter } from './planAuditRequest.ts';

/**
 * One audit event as the audits API returns it. Known text fields are normalised to strings at the client
 * boundary (an odd severity or IP stays a string the UI can show); custom vendor columns are kept as given.
 */
export interface AuditEvent {
  /** Unique id of the event: `frontegg_id`, else Frontegg's `_id`, else one derived from the content. */
  frontegg_id: string;
  /**
   * When the event was recorded, as sent: Frontegg (and its mock) send `2021-04-07 10:50:40.201`, UTC without a zone.
   * Read it with `parseAuditTime`, never `new Date()` (which reads a zone-less time as local).
   */
  createdAt: string;
  tenantId?: string | undefined;
  vendorId?: string | undefined;
  /** Display name of the actor; absent on system events (show them as the system, never as "unknown"). */
  user?: string | undefined;
  email?: string | undefined;
  userId?: string | undefined;
  action?: string | undefined;
  description?: string | undefined;
  resource?: string | undefined;
  /** Usually `Info`, `Medium`, `High`, `Critical` or `Error`, but any string is kept. */
  severity?: string | undefined;
  ip?: string | undefined;
  userAgent?: string | undefined;
  /** The payload, often with before/after values: an object or an array. */
  json?: unknown;
  /** Set when the actor was impersonating someone: "Impersonated by …". */
  actorMail?: string | undefined;
  /** Custom columns defined by the vendor. */
  [column: string]: unknown;
}

/** A page of events and the count of every event that matches. */
export interface AuditListResponse {
  data: AuditEvent[];
  /**
   * Count of all matching events, not just this page. When the server sent none (`totalUnknown`), the page's
   * length: a lower bound, not a count.
   */
  total: number;
  /** Set when the server's answer had no `total`: how many events match is not known. */
  totalUnknown?: true | undefined;
  /**
   * What the request sent but the answer shows was not applied: the time range (`ignored-by-api`), when the legacy
   * list answered with rows outside the `createdAt` range sent. The rows are kept as sent, for the UI to say so.
   */
  unapplied?: readonly UnappliedFilter[] | undefined;
}

/**
 * How a column is rendered. `UserIdentity` is the user who acted, as Frontegg's older metadata types it (the
 * `user` column). Vendors may add types the library does not know; they render as text.
 */
export type AuditColumnType =
  'Timestamp' | 'Email' | 'UserIdentity' | 'AlphaNumeric' | 'IpAddress' | 'Severity' | 'Json';

/** A column definition from `GET /metadata?entityName=audits`. */
export interface AuditColumn {
  name: string;
  displayName: string;
  type: AuditColumnType | (string & {});
  sortable: boolean;
  filterable: boolean;
  showInTable: boolean;
  /**
   * The vendor wants it in the details (Frontegg sends `'Always'`; `true` is read the same). `false` means not
   * forced, never hidden: the details panel lists every field of an event.
   */
  showInMoreInfo: boolean;
  /** One of Frontegg's predefined columns (as opposed to a vendor's custom one), when the metadata says. */
  isPredefined?: boolean | undefined;
}

/**
 * `GET /audits/stats`. Each count is `undefined` when the answer held no count for it (text such as `'3'`, a
 * fraction, a negative number, null or nothing), while the other is kept; an answer with neither is an error.
 */
export interface AuditStats {
  /** Events of the tenant since the start of today, or `undefined` when the answer gave no count for it. */
  totalToday: number | undefined;
  /** High, Error and Critical events of the last 7 days, or `undefined` when the answer gave no count for it. */
  severeThisWeek: number | undefined;
}

/** `GET /metadata/ip/{ip}` and `GET /metadata/ipme` (Frontegg's `IMetadataIp`). */
export interface IpLocation {
  ip: string;
  city?: string | undefined;
  country_name?: string | undefined;
  country_code?: string | undefined;
  zip?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  location?: { country_flag?: string | undefined; country_flag_emoji?: string | undefined } | undefined;
}

/** Severities the create endpoint accepts. */
export type AuditSeverity = 'Info' | 'Medium' | 'High' | 'Critical' | 'Error';

/** Body of `POST /audits`: `severity` is required, other keys are stored as given. */
export interface AuditEventInput {
  severity: AuditSeverity;
  action?: string | undefined;
  description?: string | undefined;
  [field: string]: unknown;
}

/**
 * Parameters of a list or export request, in API terms (see `toListParams` to build them from an `AuditQuery`).
 */
export interface AuditListParams {
  /** Events per page, 1–200 (legacy list: 0–200). */
  count: number;
  /** Events to skip. */
  offset: number;
  /** @default 'createdAt' (sent by the client: the service has no defined order without it) */
  sortBy?: string | undefined;
  /** @default 'desc' (sent by the client) */
  sortDirection?: 'asc' | 'desc' | undefined;
  /** Free text, matched case-insensitively against every text column and the payload. */
  filter?: string | undefined;
  /** Inclusive lower bound on `createdAt`, ISO 8601. */
  createdFrom?: string | undefined;
  /** Inclusive upper bound on `createdAt`, ISO 8601. */
  createdTo?: string | undefined;
  /**
   * Exact-match column filters (`severity`, `action`, `email`, `users`, custom columns…). Several values go as
   * repeated keys to the v2 endpoints (`email=a&email=b`) and as JSON array text to the legacy ones
   * (`severity=["High","Critical"]`, as `@frontegg/rest-api` sends them); see `planAuditRequest`.
   */
  filters?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** A column of a CSV export: the header row holds `displayName`, in the order given. */
export interface AuditExportProperty {
  name: string;
  displayName: string;
  /**
   * The column's type, as `AuditColumn.type` gives it: a `Timestamp` column is written in the export's time zone.
   * Not sent to the API, which takes names and titles only.
   */
  type?: string | undefined;
}

/** Parameters of an export request. */
export interface AuditExportParams extends Omit<AuditListParams, 'count' | 'offset'> {
  properties: readonly AuditExportProperty[];
}

/** Per-call options. */
export interface AuditRequestOptions {
  /** Aborts the request; the call then rejects with an `AuditApiError` of kind `'aborted'`. */
  signal?: AbortSignal | undefined;
}
