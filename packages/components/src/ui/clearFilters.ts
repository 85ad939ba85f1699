import type { AuditQueryState } from '@auditkit/headless';

/** Drops search, time range and filters but keeps the user's sort and page size. */
export function clearFilters(state: AuditQueryState): void {
  state.setQuery((previous) => ({ ...previous, search: '', time: null, filters: {}, page: 0 }));
}
