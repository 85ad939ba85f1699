import type { AuditColumn } from './types.ts';

/**
 * The column metadata served by `GET /metadata?entityName=audits`: Frontegg's default set plus two vendor
 * columns (`resource`, `region`), so a UI has to render columns from this list rather than from a fixed set.
 */
export const auditColumns: readonly AuditColumn[] = [
  col('createdAt', 'Time', 'Timestamp', true, true, true),
  col('email', 'User', 'Email', true, true, true),
  col('action', 'Action', 'AlphaNumeric', true, true, true),
  col('description', 'Description', 'AlphaNumeric', true, false, false),
  col('ip', 'IP Address', 'IpAddress', true, true, true),
  col('severity', 'Severity', 'Severity', false, true, true),
  col('userAgent', 'User Agent', 'AlphaNumeric', false, true, true),
  col('json', 'Json Data', 'Json', false, true, true),
  col('resource', 'Resource', 'AlphaNumeric', true, true, true),
  col('region', 'Region', 'AlphaNumeric', false, true, true),
];

function col(
  name: string,
  displayName: string,
  type: AuditColumn['type'],
  showInTable: boolean,
  sortable: boolean,
  filterable: boolean,
): AuditColumn {
  return { name, displayName, type, sortable, filterable, showInTable, showInMoreInfo: true };
}

/**
 * Event fields an export may name besides the metadata columns (the event's documented fields).
 */
export const exportableFields: ReadonlySet<string> = new Set([
  ...auditColumns.map((c) => c.name),
  'frontegg_id',
  'tenantId',
  'vendorId',
  'user',
  'userId',
  'actorMail',
]);
