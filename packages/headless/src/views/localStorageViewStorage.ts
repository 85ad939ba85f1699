import { pageMemory } from '../util/pageMemory.ts';
import type { AuditViewStorage } from './auditViews.types.ts';

// Who on this page watches each key: browsers send the `storage` event only to the other tabs, so a second log on
// the same page (a dashboard's summary beside the full log) showed a view saved in the first only after a reload.
const watchers = new Map<string, Set<() => void>>();

/**
 * The default view storage: `localStorage`, one key per tenant and user (`auditkit.views:<tenant>:<user>`).
 * Where there is no `localStorage` to use (a sandboxed iframe or blocked site data, where reading it throws; a
 * server), the views are kept in memory, for the page's life, and nothing throws. A change to the same key is
 * passed on (`subscribe`): another tab's from the `storage` event, and another log's on this page (which that event
 * never reports) from the save itself.
 *
 * @example
 * ```tsx
 * <AuditLog userId={user.id} viewStorage={localStorageViewStorage('acme.audit-views')} />
 * ```
 */
export function localStorageViewStorage(key = 'auditkit.views'): AuditViewStorage {
  return viewStorage(key, true);
}

/**
 * The same storage kept in memory only, for the page's life: the default for a log that names no user, whose
 * views in `localStorage` would be every user's of this browser.
 */
export function pageViewStorage(key = 'auditkit.views'): AuditViewStorage {
  return viewStorage(key, false);
}

function viewStorage(key: string, persisted: boolean): AuditViewStorage {
  // Not nowhere when there is no `localStorage`: every change reads the list again before writing it, so a list
  // written nowhere came back empty, each save kept only its own view, and a rename or delete found no view.
  const storage = () => {
    if (!persisted) return pageMemory;
    try {
      return globalThis.localStorage ?? pageMemory;
    } catch {
      return pageMemory;
    }
  };
  const keyOf = (owner: { tenantId: string; userId: string }) => `${key}:${owner.tenantId}:${owner.userId}`;
  return {
    load: (owner) => {
      try {
        return JSON.parse(storage().getItem(keyOf(owner)) ?? 'null') as unknown;
      } catch {
        return null;
      }
    },
    save: (owner, views) => {
      // A full storage throws: the caller reports it and keeps the views for this session.
      storage().setItem(keyOf(owner), JSON.stringify(views));
      if (typeof window === 'undefined') return;
      // A copy: a watcher may unsubscribe while being told. The saver's own log is told too, and only reads back
      // what it wrote.
      for (const onChange of [...(watchers.get(keyOf(owner)) ?? [])]) onChange();
    },
    subscribe: (owner, onChange) => {
      if (typeof window === 'undefined') return () => undefined;
      const key = keyOf(owner);
      // `key` is null when another tab cleared the whole storage.
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      if (persisted) window.addEventListener('storage', onStorage);
      // Its own function, so one callback subscribed twice is told twice and unsubscribed once each time.
      const notify = () => onChange();
      const onPage = watchers.get(key) ?? new Set<() => void>();
      watchers.set(key, onPage.add(notify));
      return () => {
        window.removeEventListener('storage', onStorage);
        onPage.delete(notify);
        if (onPage.size === 0 && watchers.get(key) === onPage) watchers.delete(key);
      };
    },
  };
}
