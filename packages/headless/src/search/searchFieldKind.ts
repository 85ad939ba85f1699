import type { AuditColumn } from '../client/auditTypes.ts';
import type { AuditSearchFieldKind } from './auditSearch.types.ts';

/** The columns that are search fields: the filterable ones. */
export const searchableColumns = (columns: readonly AuditColumn[]): AuditColumn[] =>
  columns.filter((column) => column.filterable && typeof column.name === 'string');

/** How a search field's values are read: the time range, severities, or exact values. */
export const searchFieldKind = (column: AuditColumn): AuditSearchFieldKind =>
  column.name === 'createdAt' ? 'time' : column.type === 'Severity' ? 'severity' : 'values';
