// Where a user's column choice persists: one storage key per host key, tenant and user, read and written so that
// corrupt, full or disabled storage never breaks the table.
import type { ColumnPreferences, UseColumnPreferencesOptions } from './useColumnPreferences.ts';

/** The storage key of one user's choice: the host's key, then tenant and user, so choices never leak between them. */
export const columnPreferencesKey = ({ storageKey, tenantId, userId }: UseColumnPreferencesOptions) =>
  `${storageKey}:${tenantId ?? '-'}:${userId ?? '-'}`;

/** localStorage where it can be used, else null (nothing is persisted). */
export const defaultStorage = () => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Access throws in sandboxed iframes and with storage disabled.
    return null;
  }
};

const isNameList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** The stored choice, or undefined when missing or corrupt. */
export function readStored(
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

/** Saves the choice (undefined removes it); a full or disabled storage is not an error. */
export function writeStored(
  storage: UseColumnPreferencesOptions['storage'],
  key: string,
  value: ColumnPreferences | undefined,
) {
  try {
    if (value) storage?.setItem(key, JSON.stringify(value));
    else storage?.removeItem(key);
  } catch {
    // A full or disabled storage: the choice still holds for this session.
  }
}
