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
}

export const AuditStateContext = createContext<AuditStateValue | null>(null);
