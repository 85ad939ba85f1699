import { useMemo } from 'react';
import type { AuditTimeRange } from '../query/AuditQuery.ts';
import type { AuditQueryState } from './useAuditQueryState.ts';

/**
 * The `key` of the chip of one filter value (`AuditFilterChip`), to find or focus the chip a change is about to
 * show. As JSON, so no two filters share a key: column names and values may hold `:` (`geo:country` = `DE` and
 * `geo` = `country:DE` were both `filter:geo:country:DE`), and a shared key removed or focused the wrong chip.
 * JSON.stringify never throws, even on a lone surrogate.
 */
export const filterChipKey = (column: string, value: string): string =>
  `filter:${JSON.stringify([column, value])}`;

/** The `key` of the time range's chip (`AuditFilterChip`), to find or focus it after a change to the range. */
export const timeChipKey = 'time';

/**
 * One active narrowing of the events, removable on its own. `key` is unique within the list and stays the same
 * for the same chip across renders (a React key, and what focus can follow).
 */
export type AuditFilterChip =
  | { readonly kind: 'search'; readonly key: string; readonly value: string; remove(): void }
  | {
      readonly kind: 'time';
      readonly key: string;
      readonly value: Exclude<AuditTimeRange, null>;
      remove(): void;
    }
  | {
      readonly kind: 'filter';
      readonly key: string;
      /** The column filtered on (`severity`, `email`, a custom column…). */
      readonly column: string;
      readonly value: string;
      remove(): void;
    };

/** What `useActiveFilters` gives. */
export interface ActiveFilters {
  /** Search, then time range, then each value of each column filter, in the query's order. */
  readonly chips: readonly AuditFilterChip[];
  /** Whether anything narrows the events. */
  readonly isFiltered: boolean;
  /** Removes every chip at once; sort and page size stay. */
  clearAll(): void;
}

/**
 * The active filters of a query as removable chips, and "clear all". The UI only labels and formats them
 * (field names, time ranges in the user's zone).
 *
 * @example
 * ```tsx
 * const { chips, clearAll } = useActiveFilters(state);
 * chips.map((chip) => <button key={chip.key} onClick={chip.remove}>{chip.kind === 'filter' ? chip.value : chip.kind}</button>);
 * ```
 */
export function useActiveFilters(state: AuditQueryState): ActiveFilters {
  const { query, setQuery, setTime, setFilter, clearFilters } = state;
  return useMemo(() => {
    const chips: AuditFilterChip[] = [];
    if (query.search.trim()) {
      // A click, so a history entry of its own (as the other chips'): `setSearch` is typing, whose entry a
      // further keystroke would rewrite, and Back could not bring the search back.
      const remove = () => setQuery((previous) => ({ ...previous, search: '', page: 0 }));
      chips.push({ kind: 'search', key: 'search', value: query.search, remove });
    }
    if (query.time)
      chips.push({ kind: 'time', key: timeChipKey, value: query.time, remove: () => setTime(null) });
    for (const [column, values] of Object.entries(query.filters)) {
      for (const value of values) {
        chips.push({
          kind: 'filter',
          key: filterChipKey(column, value),
          column,
          value,
          remove: () =>
            setFilter(
              column,
              values.filter((item) => item !== value),
            ),
        });
      }
    }
    return { chips, isFiltered: chips.length > 0, clearAll: clearFilters };
  }, [query, setQuery, setTime, setFilter, clearFilters]);
}
