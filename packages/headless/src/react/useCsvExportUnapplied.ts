import { useMemo } from 'react';
import { planAuditRequest, type UnappliedFilter } from '../client/planAuditRequest.ts';
import { chooseExportRequest } from '../export/chooseExportRequest.ts';
import type { ExportFormat } from '../export/exportFormat.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import type { AuditHookOptions } from './AuditProvider.tsx';
import { useAuditColumns } from './useAuditColumns.ts';

const none: readonly UnappliedFilter[] = Object.freeze([]);

/** Options of `useCsvExportUnapplied`. */
export interface UseCsvExportUnappliedOptions extends AuditHookOptions {
  /** @default 'stream' */
  strategy?: 'stream' | 'paged' | undefined;
  /** @default 'csv' */
  format?: ExportFormat | undefined;
  /** The export will use the legacy endpoints only (`downloadAuditCsv`'s `legacy`). @default false */
  legacy?: boolean | undefined;
}

/**
 * What an export of `query` would leave out, known before it starts: the export endpoints take other filters
 * than the list (a stream cannot take `users`), so a file can differ from the table. The export engine makes the
 * same choice, so the dialog can say "not applied to the file" before the click rather than after.
 *
 * @example
 * ```tsx
 * const unapplied = useCsvExportUnapplied(query, { format: 'csv' });
 * {unapplied.length > 0 && <p>Not applied to the file: {unapplied.map((item) => item.column).join(', ')}</p>}
 * ```
 */
export function useCsvExportUnapplied(
  query: AuditQuery,
  options: UseCsvExportUnappliedOptions = {},
): readonly UnappliedFilter[] {
  const { strategy = 'stream', format = 'csv', legacy = false, ...hookOptions } = options;
  const { data: columns } = useAuditColumns(hookOptions);
  return useMemo(() => {
    // The time range's resolution does not change what can be applied: any fixed instant plans the same.
    const { count: _count, offset: _offset, ...params } = toListParams(query, new Date(0));
    const plan = (purpose: 'exportStream' | 'exportPage') =>
      planAuditRequest(
        { ...params, count: 200, offset: 0 },
        { purpose, columns, ...(legacy && { endpoints: ['legacyExport'] as const }) },
      );
    const chosen = chooseExportRequest(
      { stream: plan('exportStream'), paged: plan('exportPage') },
      strategy,
      format,
    ).plan;
    return chosen.unapplied.length === 0 ? none : chosen.unapplied;
  }, [query, columns, strategy, format, legacy]);
}
