// Where a user's column choice persists: one storage key per host key, tenant and user, read and written so that
// corrupt, full or disabled storage never breaks the table.
import { pageMemory } from '../util/pageMemory.ts';
import { warnWithoutUserId } from '../util/warnWithoutUserId.ts';
import type { ColumnPreferences, UseColumnPreferencesOptions } from './useColumnPreferences.ts';

/** The storage key of one user's choice: the host's key, then tenant and user, so choices never leak between them. */
export const columnPreferencesKey = ({ storageKey, tenantId, userId }: UseColumnPreferencesOptions) =>
  `${storageKey}:${tenantId ?? '-'}:${userId ?? '-'}`;

/**
 * Where the choice persists: the given storage (`null`: nowhere), else localStorage, or without a user the page
 * (the host's own storage is theirs to key, as saved views' is): one stored choice without a user was every user's
 * and tenant's on the browser (a shared machine, a host switching tenants).
 */
export function columnPreferencesStorage({ storage, userId }: UseColumnPreferencesOptions): Storage {
  if (storage !== undefined) return storage;
  if (userId) return defaultStorage();
  warnWithoutUserId('useColumnPreferences');
  return pageMemory;
}

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

type Storage = UseColumnPreferencesOptions['storage'];
type Watcher = (value: ColumnPreferences | undefined) => void;

// Who on this page shows each stored choice, by storage and key: two logs of one user (a dashboard's summary beside
// the full log) share the key, and each wrote its own whole choice over the other's, so a column hidden in one came
// back in the storage with the next change in the other. The value is passed on, not read back: without a storage
// (sandboxed frames) there is nothing to read.
const watchers = new WeakMap<object, Map<string, Set<Watcher>>>();
const noStorage = {};
const watchersOf = (storage: Storage) => {
  const owner = storage ?? noStorage;
  let byKey = watchers.get(owner);
  if (!byKey) watchers.set(owner, (byKey = new Map()));
  return byKey;
};

/**
 * Calls `onChange` with each choice saved under the key in the same storage: by another user of it on this page, or
 * in another tab (the `storage` event, which browsers send only there). Returns the unsubscribe.
 */
export function watchStored(storage: Storage, key: string, onChange: Watcher): () => void {
  const byKey = watchersOf(storage);
  const set = byKey.get(key) ?? new Set<Watcher>();
  byKey.set(key, set.add(onChange));
  // Unheard, a tab's next change wrote its stale choice over the other's (a column hidden there came back). `key`
  // is null when the other tab cleared the whole storage.
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea === storage && (event.key === key || event.key === null))
      onChange(readStored(storage, key));
  };
  const tabs = storage && typeof window !== 'undefined' ? window : undefined;
  tabs?.addEventListener('storage', onStorage);
  return () => {
    tabs?.removeEventListener('storage', onStorage);
    set.delete(onChange);
    if (set.size === 0 && byKey.get(key) === set) byKey.delete(key);
  };
}

/**
 * Saves the choice (undefined removes it). The page's other watchers of the key (`watchStored`) are told, all but
 * `from`, the saver's own. Returns what a full or disabled storage threw, for the user to be told: the choice still
 * holds on this page, and is never saved by itself later.
 */
export function writeStored(
  storage: Storage,
  key: string,
  value: ColumnPreferences | undefined,
  from?: Watcher,
): { error: unknown } | undefined {
  let failure: { error: unknown } | undefined;
  try {
    if (value) storage?.setItem(key, JSON.stringify(value));
    else storage?.removeItem(key);
  } catch (error) {
    failure = { error };
  }
  for (const onChange of [...(watchersOf(storage).get(key) ?? [])]) if (onChange !== from) onChange(value);
  return failure;
}
