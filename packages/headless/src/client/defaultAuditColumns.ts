import type { AuditColumn } from './auditTypes.ts';

const column = (
  name: string,
  displayName: string,
  type: AuditColumn['type'],
  flags: { table: boolean; sortable: boolean; filterable: boolean; moreInfo: boolean; predefined: boolean },
): AuditColumn => ({
  name,
  displayName,
  type,
  sortable: flags.sortable,
  filterable: flags.filterable,
  showInTable: flags.table,
  showInMoreInfo: flags.moreInfo,
  isPredefined: flags.predefined,
});

/**
 * Frontegg's default column set (as its demo metadata has it: `'Always'` on time, action, IP, severity and the
 * payload; severity out of the table by default), used when the metadata endpoint is missing (404).
 */
export const defaultAuditColumns: readonly AuditColumn[] = Object.freeze([
  column('createdAt', 'Time', 'Timestamp', {
    table: true,
    sortable: true,
    filterable: true,
    moreInfo: true,
    predefined: false,
  }),
  column('email', 'User', 'Email', {
    table: true,
    sortable: true,
    filterable: true,
    moreInfo: false,
    predefined: true,
  }),
  column('action', 'Action', 'AlphaNumeric', {
    table: true,
    sortable: true,
    filterable: true,
    moreInfo: true,
    predefined: true,
  }),
  column('description', 'Description', 'AlphaNumeric', {
    table: true,
    sortable: false,
    filterable: false,
    moreInfo: false,
    predefined: true,
  }),
  column('ip', 'IP Address', 'IpAddress', {
    table: true,
    sortable: true,
    filterable: true,
    moreInfo: true,
    predefined: true,
  }),
  column('severity', 'Severity', 'Severity', {
    table: false,
    sortable: true,
    filterable: true,
    moreInfo: true,
    predefined: true,
  }),
  column('userAgent', 'User Agent', 'AlphaNumeric', {
    table: false,
    sortable: true,
    filterable: true,
    moreInfo: false,
    predefined: true,
  }),
  column('json', 'Json Data', 'Json', {
    table: false,
    sortable: true,
    filterable: true,
    moreInfo: true,
    predefined: false,
  }),
]);
