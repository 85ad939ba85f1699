/**
 * The shapes the components read, structurally compatible with `@auditkit/headless`'s `AuditEvent` and
 * `AuditColumn`, so parts also accept plain objects (stories, tests, custom data).
 */
export type AuditEventLike = Readonly<Record<string, unknown>>;

/** A column definition as the components need it. */
export interface AuditColumnLike {
  name: string;
  displayName: string;
  type: string;
  sortable?: boolean;
  filterable?: boolean;
  showInTable?: boolean;
  showInMoreInfo?: boolean;
}
