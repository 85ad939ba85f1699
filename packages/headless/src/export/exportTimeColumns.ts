import type { AuditExportProperty } from '../client/auditTypes.ts';

/**
 * The fields an export writes as times, in its zone: `createdAt` and every column typed `Timestamp`. The default
 * of `timeColumns` (from the columns the file holds); give it every column the API describes (`useAuditColumns`)
 * when exporting JSON Lines, whose lines hold every field, the hidden columns' too.
 *
 * @example
 * ```ts
 * downloadAuditCsv({ client, query, columns: visible, format: 'jsonl', timeColumns: exportTimeColumns(allColumns) });
 * ```
 */
export function exportTimeColumns(columns: readonly Pick<AuditExportProperty, 'name' | 'type'>[]): string[] {
  const names = new Set(['createdAt']);
  for (const column of columns) {
    if (column.type === 'Timestamp') names.add(column.name);
  }
  return [...names];
}
