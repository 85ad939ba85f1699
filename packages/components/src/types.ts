/**
 * The shapes the components read, structurally compatible with `@auditkit/headless`'s `AuditEvent` and
 * `AuditColumn`, so parts also accept plain objects (stories, tests, custom data). An event is any object whose
 * own fields are the columns: a host's events typed as an interface (Frontegg's `AuditRowData`) have no index
 * signature, which `Record<string, unknown>` refused. Fields are read with `ownValue`, never inherited ones.
 */
export type AuditEventLike = object;

/** A column definition as the components need it. */
export interface AuditColumnLike {
  name: string;
  displayName: string;
  type: string;
  sortable?: boolean | undefined;
  filterable?: boolean | undefined;
  showInTable?: boolean | undefined;
  /** Frontegg's `'Always'` (or `true`): the vendor wants it in the details. Every field is listed either way. */
  showInMoreInfo?: boolean | string | undefined;
}
