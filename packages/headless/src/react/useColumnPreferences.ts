import { useCallback, useMemo, useState } from 'react';
import type { AuditColumn } from '../client/auditTypes.ts';

/** What is stored: every known column in display order, and which of them are visible. */
export interface ColumnPreferences {
  order: readonly string[];
  visible: readonly string[];
}

/** Options of `useColumnPreferences`. */
export interface UseColumnPreferencesOptions {
  /** The columns that exist now (from `useAuditColumns`). */
  columns: readonly AuditColumn[];
  /** The host's localStorage key; tenant and user are appended, so preferences never leak between them. */
  storageKey: string;
  tenantId?: string;
  userId?: string;
  /** Storage to use. @default globalThis.localStorage (nothing is persisted where it is missing) */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
}

/** Visible columns and order, with setters that persist. */
export interface ColumnPreferencesState {
  /** Visible columns, in display order. */
  readonly visibleColumns: readonly AuditColumn[];
  /** Every column, in display order, with its visibility (for a column picker). */
  readonly columns: readonly (AuditColumn & { visible: boolean })[];
  isVisible(name: string): boolean;
  setVisible(name: string, visible: boolean): void;
  toggle(name: string): void;
  /** Moves a column to a position among all columns. */
  move(name: string, toIndex: number): void;
  /** Back to the vendor's defaults (`showInTable`, metadata order); clears the stored value. */
  reset(): void;
}

const storageKeyOf = ({ storageKey, tenantId, userId }: UseColumnPreferencesOptions) =>
  `${storageKey}:${tenantId ?? '-'}:${userId ?? '-'}`;

const defaultStorage = () => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Access throws in sandboxed iframes and with storage disabled.
    return null;
  }
};

const isNameList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

function readStored(
  storage: UseColumnPreferencesOptions['storage'],
  key: string,
): ColumnPreferences | undefined {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(key) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { order, visible } = parsed as Record<string, unknown>;
    return isNameList(order) && isNameList(visible) ? { order, visible } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Merges stored preferences with the columns that exist now: vanished columns are dropped, new ones are added
 * at the end with the vendor's default visibility.
 */
export function mergeColumnPreferences(
  columns: readonly AuditColumn[],
  stored: ColumnPreferences | undefined,
): ColumnPreferences {
  const names = new Set(columns.map((column) => column.name));
  const known = new Set(stored?.order ?? []);
  const order = [...(stored?.order ?? []).filter((name) => names.has(name))];
  const visible = new Set((stored?.visible ?? []).filter((name) => names.has(name)));
  for (const column of columns) {
    if (known.has(column.name)) continue;
    order.push(column.name);
    if (column.showInTable) visible.add(column.name);
  }
  return { order: [...new Set(order)], visible: order.filter((name) => visible.has(name)) };
}

/**
 * Which columns a user sees and in what order, persisted in localStorage per host key, tenant and user.
 * Tolerates corrupt storage and columns that appeared or disappeared since the preferences were saved.
 *
 * @example
 * ```ts
 * const { data: columns = defaultAuditColumns } = useAuditColumns();
 * const prefs = useColumnPreferences({ columns, storageKey: 'acme.audit', tenantId, userId });
 * prefs.visibleColumns.map((column) => column.displayName);
 * ```
 */
export function useColumnPreferences(options: UseColumnPreferencesOptions): ColumnPreferencesState {
  const { columns } = options;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const key = storageKeyOf(options);
  const [stored, setStored] = useState(() => ({ key, value: readStored(storage, key) }));
  // A new tenant or user reads its own preferences (state adjusted during render, as React recommends).
  let current = stored.value;
  if (stored.key !== key) {
    current = readStored(storage, key);
    setStored({ key, value: current });
  }

  const merged = useMemo(() => mergeColumnPreferences(columns, current), [columns, current]);

  const save = useCallback(
    (next: ColumnPreferences | undefined) => {
      setStored({ key, value: next });
      try {
        if (next) storage?.setItem(key, JSON.stringify(next));
        else storage?.removeItem(key);
      } catch {
        // A full or disabled storage: the choice still holds for this session.
      }
    },
    [key, storage],
  );

  return useMemo<ColumnPreferencesState>(() => {
    const byName = new Map(columns.map((column) => [column.name, column]));
    const visible = new Set(merged.visible);
    const ordered = merged.order.flatMap((name) => byName.get(name) ?? []);
    const setVisible = (name: string, on: boolean) => {
      // The last visible column stays: a table without columns cannot be fixed from inside itself.
      if (!byName.has(name) || visible.has(name) === on || (!on && visible.size <= 1)) return;
      const nextVisible = on ? [...visible, name] : [...visible].filter((item) => item !== name);
      save({ order: merged.order, visible: merged.order.filter((item) => nextVisible.includes(item)) });
    };
    return {
      visibleColumns: ordered.filter((column) => visible.has(column.name)),
      columns: ordered.map((column) => ({ ...column, visible: visible.has(column.name) })),
      isVisible: (name) => visible.has(name),
      setVisible,
      toggle: (name) => setVisible(name, !visible.has(name)),
      move: (name, toIndex) => {
        const from = merged.order.indexOf(name);
        if (from < 0) return;
        const order = merged.order.filter((item) => item !== name);
        order.splice(Math.max(0, Math.min(order.length, Math.floor(toIndex))), 0, name);
        save({ order, visible: order.filter((item) => visible.has(item)) });
      },
      reset: () => save(undefined),
    };
  }, [columns, merged, save]);
}
