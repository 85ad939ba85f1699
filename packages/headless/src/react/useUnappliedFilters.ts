import { useMemo } from 'react';
import { planAuditRequest, type UnappliedFilter } from '../client/planAuditRequest.ts';
import type { AuditQuery } from '../query/AuditQuery.ts';
import { toListParams } from '../query/toListParams.ts';
import type { AuditHookOptions } from './AuditProvider.tsx';
import { useAuditColumns } from './useAuditColumns.ts';

const none: readonly UnappliedFilter[] = Object.freeze([]);

/** Options of {@link useUnappliedFilters}. */
export interface UseUnappliedFiltersOptions extends AuditHookOptions {
  /**
   * The list is the legacy `GET /audits` one: judged against it alone, so a filter only v2 takes (`users`) is
   * reported as not applied instead of shown as applied while the list leaves it out. @default false
   */
  legacy?: boolean | undefined;
}

/**
 * The parts of a query the list request cannot apply (a filter no endpoint takes together with the rest, a column
 * the metadata says cannot be filtered, a sort field the API cannot name), so the UI can say which filter is not
 * applied instead of showing unfiltered rows as filtered. Judged against the tenant's column metadata once it is
 * loaded; empty for every query the API can express whole.
 *
 * @example
 * ```tsx
 * const unapplied = useUnappliedFilters(query);
 * return unapplied.map((item) => <p key={item.column}>{item.column} is not applied</p>);
 * ```
 */
export function useUnappliedFilters(
  query: AuditQuery,
  options: UseUnappliedFiltersOptions = {},
): readonly UnappliedFilter[] {
  const { legacy = false, ...hook } = options;
  const { data: columns } = useAuditColumns(hook);
  return useMemo(() => {
    // The time range's resolution does not change what can be applied: any fixed instant plans the same.
    const plan = planAuditRequest(toListParams(query, new Date(0)), {
      columns,
      ...(legacy ? { endpoints: ['legacyList'] as const } : {}),
    });
    return plan.unapplied.length === 0 ? none : plan.unapplied;
  }, [query, columns, legacy]);
}
