import { useSyncExternalStore } from 'react';
import type { auditSearchSuggestions } from './auditSearchSuggestions.ts';
import type { formatAuditSearch } from './formatAuditSearch.ts';
import type { parseAuditSearch } from './parseAuditSearch.ts';

/** The search language as `useAuditSearchBox` uses it: what `@auditkit/headless/search` exports. */
export interface AuditSearchLanguage {
  parseAuditSearch: typeof parseAuditSearch;
  formatAuditSearch: typeof formatAuditSearch;
  auditSearchSuggestions: typeof auditSearchSuggestions;
}

let loaded: AuditSearchLanguage | undefined;
let pending: Promise<AuditSearchLanguage> | undefined;
// Why the last fetch failed, kept until one succeeds: without it a box that cannot load looks like one still loading.
let failure: unknown;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/**
 * Fetches the search language once with the host's loader (`() => import('@auditkit/headless/search')`, a chunk
 * of its own); a failed fetch (offline, a chunk gone after a deploy, a blocked host) is kept
 * (`useSearchLanguageError`) and tried again on the next call. The loader is the host's, not an
 * `import()` here: a page that never draws a search box then has no trace of the language at all (esbuild would
 * otherwise split the code that chunk shares with a list hook's into files of their own).
 */
export function loadSearchLanguage(load: () => Promise<AuditSearchLanguage>): Promise<AuditSearchLanguage> {
  pending ??= Promise.resolve()
    .then(load)
    .then(
      (module) => {
        loaded = module;
        failure = undefined;
        notify();
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        // A loader rejecting with nothing still failed: `undefined` would read as "no error" to the box.
        failure = error ?? new Error('[auditkit] The search language did not load.');
        notify();
        throw error;
      },
    );
  return pending;
}

/** The search language if it has arrived (for event handlers: they run after it may have, unlike a render). */
export const loadedSearchLanguage = (): AuditSearchLanguage | undefined => loaded;

/** Why the last fetch of the search language failed, `undefined` before any failure and once one succeeds. */
const loadedSearchLanguageError = (): unknown => failure;

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/**
 * The search language once it has arrived, else `undefined`. Always `undefined` on the server and while
 * hydrating (the server never loads it), so the hydrated HTML is the server's; then the loaded one.
 */
export function useSearchLanguage(): AuditSearchLanguage | undefined {
  return useSyncExternalStore(subscribe, loadedSearchLanguage, () => undefined);
}

/**
 * Why the search language could not be fetched the last time (kept while a new try is on its way), `undefined`
 * when nothing failed or a later fetch succeeded. Always `undefined` on the server and while hydrating.
 */
export function useSearchLanguageError(): unknown {
  return useSyncExternalStore(subscribe, loadedSearchLanguageError, () => undefined);
}
