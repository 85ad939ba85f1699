import type { AuditViewStorage } from './auditViews.types.ts';

/**
 * The default view storage: `localStorage`, one key per tenant and user (`auditkit.views:<tenant>:<user>`).
 * Works without storage (private modes, sandboxed iframes): nothing persists and nothing throws. Another tab's
 * change to the same key is passed on (`subscribe`, from the `storage` event, which only other tabs receive).
 */
export function localStorageViewStorage(key = 'auditkit.views'): AuditViewStorage {
  const storage = () => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  };
  const keyOf = (owner: { tenantId: string; userId: string }) => `${key}:${owner.tenantId}:${owner.userId}`;
  return {
    load: (owner) => {
      try {
        return JSON.parse(storage()?.getItem(keyOf(owner)) ?? 'null') as unknown;
      } catch {
        return null;
      }
    },
    save: (owner, views) => {
      // A full storage throws: the caller reports it and keeps the views for this session.
      storage()?.setItem(keyOf(owner), JSON.stringify(views));
    },
    subscribe: (owner, onChange) => {
      if (typeof window === 'undefined') return () => undefined;
      const key = keyOf(owner);
      // `key` is null when another tab cleared the whole storage.
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) onChange();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
