/** The five severities of the audits API, from least to most severe. */
export type Severity = 'Info' | 'Medium' | 'High' | 'Critical' | 'Error';

/**
 * One audit event as the audits API returns it. System events have no `user`, `email` or `userId`.
 * Events created through `POST /audits` keep any extra keys the caller sent.
 */
export interface AuditEvent {
  frontegg_id: string;
  tenantId: string;
  vendorId: string;
  /** UTC: `2021-04-07 10:50:40.201` as Frontegg sends it (no `T`, no zone). */
  createdAt: string;
  user?: string | undefined;
  email?: string | undefined;
  userId?: string | undefined;
  action: string;
  description: string;
  resource: string;
  severity: Severity | string;
  ip: string;
  userAgent: string;
  /** The payload, often with `before` / `after` values. */
  json: unknown;
  /** Set when the actor was impersonating: the support user's email. */
  actorMail?: string | undefined;
  /** A vendor-defined custom column (see the column metadata). */
  region?: string | undefined;
  [key: string]: unknown;
}

/** The column types of the metadata endpoint. */
export type ColumnType = 'Timestamp' | 'Email' | 'AlphaNumeric' | 'IpAddress' | 'Severity' | 'Json';

/** One column definition of `GET /metadata?entityName=audits`. */
export interface AuditColumn {
  name: string;
  displayName: string;
  type: ColumnType;
  sortable: boolean;
  filterable: boolean;
  showInTable: boolean;
  showInMoreInfo: boolean;
}

/**
 * One column as Frontegg's metadata sends it: `showInMoreInfo` is `'Always'` or absent (absent does not hide the
 * field from the details), and `isPredefined` marks Frontegg's own columns.
 */
export interface FronteggAuditColumn extends Omit<AuditColumn, 'showInMoreInfo'> {
  showInMoreInfo?: 'Always' | undefined;
  isPredefined: boolean;
}

/** A user of a demo tenant. */
export interface DemoUser {
  userId: string;
  name: string;
  email: string;
  /** The address this user usually signs in from. */
  homeIp: string;
}

/** A demo tenant with its own users. */
export interface DemoTenant {
  tenantId: string;
  name: string;
  region: string;
  users: readonly DemoUser[];
}
