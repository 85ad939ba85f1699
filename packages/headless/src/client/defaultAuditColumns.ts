import type { AuditColumn } from './auditTypes.ts';

const column = (
  name: string,
  displayName: string,
  type: AuditColumn['type'],
  showInTable: boolean,
  sortable: boolean,
): AuditColumn => ({
  name,
  displayName,
  type,
  sortable,
  filterable: sortable,
  showInTable,
  showInMoreInfo: true,
});

/** Frontegg's default column set, used when the metadata endpoint is missing (404). */
export const defaultAuditColumns: readonly AuditColumn[] = Object.freeze([
  column('createdAt', 'Time', 'Timestamp', true, true),
  column('email', 'User', 'Email', true, true),
  column('action', 'Action', 'AlphaNumeric', true, true),
  column('description', 'Description', 'AlphaNumeric', true, false),
  column('ip', 'IP Address', 'IpAddress', true, true),
  column('severity', 'Severity', 'Severity', false, true),
  column('userAgent', 'User Agent', 'AlphaNumeric', false, true),
  column('json', 'Json Data', 'Json', false, true),
]);
