import type {
  AuditApiError,
  AuditColumn,
  AuditPagingMode,
  AuditQueryState,
  ColumnPreferencesState,
} from '@auditkit/headless';
import { createContext } from 'react';

/** The view state the parts share: the query, the column metadata and the user's column choices. */
export interface AuditStateValue {
  queryState: AuditQueryState;
  /**
   * Every column from the metadata (Frontegg's defaults until it loads), each with a display name of its own: two
   * displayed alike carry their names in parentheses (`Region (region)`, `Region (Region)`).
   */
  columns: readonly AuditColumn[];
  columnsPending: boolean;
  columnsError: AuditApiError | null;
  preferences: ColumnPreferencesState;
  /** How the table pages: the new-events notice and the export read the same list through it. */
  paging: AuditPagingMode;
  /** The legacy `GET /audits` list, in either paging style: every part reading the list asks it the same way. */
  legacy: boolean;
  /**
   * The signed-in user's tenant the provider was given (`AuditStateProvider tenantId`): the parts that keep things
   * per user read it from here, so a saved view made in a composed layout is kept where the column choices are.
   */
  tenantId: string | undefined;
  /** The signed-in user the provider was given (`AuditStateProvider userId`); see `tenantId`. */
  userId: string | undefined;
}

/**
 * What the provider gives its parts: the public value, and what only the library's parts read. Not exported: a
 * host's part reads `AuditStateValue` through `useAuditState()`.
 */
export interface AuditStateContextValue extends AuditStateValue {
  /**
   * The provider was given `paging` (not the `'pages'` it defaults to): a table's own `paging` then gives way to it
   * (`useTablePaging`), so the table reads the list as every other part does.
   */
  readonly pagingGiven: boolean;
}

export const AuditStateContext = createContext<AuditStateContextValue | null>(null);
