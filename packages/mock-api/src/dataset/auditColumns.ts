import { deepFreeze } from '../util/deepFreeze.ts';
import type { AuditColumn, FronteggAuditColumn } from './types.ts';

/**
 * The column metadata served by `GET /metadata?entityName=audits`, shaped as Frontegg sends it (facts from its
 * demo metadata): `showInMoreInfo` is `'Always'` or absent, `isPredefined` marks Frontegg's own columns, and
 * `severity` is hidden from the table by default. Two vendor columns (`resource`, `region`) follow, so a UI has
 * to render columns from this list rather than from a fixed set. Frozen: the mock serves it, so a change made to it
 * (`fronteggAuditColumns[0].sortable = false`) changed every mock's metadata.
 */
export const fronteggAuditColumns: readonly Readonly<FronteggAuditColumn>[] = deepFreeze([
  col('createdAt', 'Time', 'Timestamp', {
    table: true,
    sort: true,
    filter: true,
    always: true,
    predefined: false,
  }),
  col('email', 'User', 'Email', { table: true, sort: true, filter: true, predefined: true }),
  col('action', 'Action', 'AlphaNumeric', {
    table: true,
    sort: true,
    filter: true,
    always: true,
    predefined: true,
  }),
  col('description', 'Description', 'AlphaNumeric', { table: true, predefined: true }),
  col('ip', 'IP Address', 'IpAddress', {
    table: true,
    sort: true,
    filter: true,
    always: true,
    predefined: true,
  }),
  col('severity', 'Severity', 'Severity', { sort: true, filter: true, always: true, predefined: true }),
  col('userAgent', 'User Agent', 'AlphaNumeric', { sort: true, filter: true, predefined: true }),
  col('json', 'Json Data', 'Json', { sort: true, filter: true, always: true, predefined: false }),
  col('resource', 'Resource', 'AlphaNumeric', {
    table: true,
    sort: true,
    filter: true,
    always: true,
    predefined: false,
  }),
  col('region', 'Region', 'AlphaNumeric', { sort: true, filter: true, predefined: false }),
]);

/**
 * The same columns with `showInMoreInfo: true` on every column and no `isPredefined`: a fixture for stories and
 * benchmarks that want every column in the details panel. The mock never serves it (Frontegg does not send it).
 */
export const auditColumns: readonly Readonly<AuditColumn>[] = deepFreeze(
  fronteggAuditColumns.map(({ isPredefined: _predefined, showInMoreInfo: _always, ...column }) => ({
    ...column,
    showInMoreInfo: true,
  })),
);

interface Flags {
  table?: boolean | undefined;
  sort?: boolean | undefined;
  filter?: boolean | undefined;
  always?: boolean | undefined;
  predefined: boolean;
}

function col(
  name: string,
  displayName: string,
  type: AuditColumn['type'],
  flags: Flags,
): FronteggAuditColumn {
  return {
    name,
    displayName,
    type,
    sortable: flags.sort ?? false,
    filterable: flags.filter ?? false,
    showInTable: flags.table ?? false,
    ...(flags.always && { showInMoreInfo: 'Always' as const }),
    isPredefined: flags.predefined,
  };
}

/** The event's documented fields besides the metadata columns (an export may name these, and any vendor field). */
export const exportableFields: ReadonlySet<string> = new Set([
  ...fronteggAuditColumns.map((c) => c.name),
  'frontegg_id',
  'tenantId',
  'vendorId',
  'user',
  'userId',
  'actorMail',
]);
