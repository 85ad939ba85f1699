import type { AuditColumn } from '../client/auditTypes.ts';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import type { AuditSearchFieldKind } from './auditSearch.types.ts';

const timeColumn = 'createdAt';

/**
 * The columns that are search fields: the filterable ones, and always the time column. The query's time
 * range is sent as `createdFrom`/`createdTo` whatever the metadata says of filtering `createdAt` (or whether
 * it lists it): without its field, `created:7d` would read as an unknown field and the next edit would drop
 * the range.
 */
export const searchableColumns = (columns: readonly AuditColumn[]): AuditColumn[] => {
  const searchable = columns.filter(
    (column) => typeof column.name === 'string' && (column.filterable || column.name === timeColumn),
  );
  const listed = searchable.some((column) => column.name === timeColumn);
  const time = defaultAuditColumns.find((column) => column.name === timeColumn);
  return listed || !time ? searchable : [time, ...searchable];
};

/** How a search field's values are read: the time range, severities, or exact values. */
export const searchFieldKind = (column: AuditColumn): AuditSearchFieldKind =>
  column.name === timeColumn ? 'time' : column.type === 'Severity' ? 'severity' : 'values';
