import type { AuditColumnLike } from '../types.ts';

/**
 * How the table heads the column `name` (its metadata's display name), or the name itself for a column the
 * metadata does not list: what the export's column list, the filter chips and the views dialog call a column.
 */
export const columnDisplayName = (columns: readonly AuditColumnLike[], name: string): string =>
  columns.find((column) => column.name === name)?.displayName ?? name;
