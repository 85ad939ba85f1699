// The one owner of the audit view's keys in the page's URL. The query (`useAuditQueryState`) and the column
// choices (`useColumnPreferences`) both live there; each used to write `location` and listen to `popstate`
// on its own, so one user action made two history writes and a Back to a host's entry (one auditkit never
// wrote, without our keys) read as "everything default" and erased the saved columns. Here, writes of one
// commit share one history entry, every entry written is marked in `history.state`, and back/forward
// is reported only for entries that carry the mark of the prefix.
//
// Framework-free on purpose: it needs only `location` and `history`, and does nothing where they are missing.

/** How a write touches history: `push` adds an entry (a discrete change), `replace` rewrites the current one. */
export type AuditHistoryMode = 'push' | 'replace';

/** Rewrites a query string (without `?`) with one part's keys; every other pair is kept. */
export type AuditSearchWriter = (search: string) => string;

/** The key in `history.state` that lists the prefixes whose keys the entry carries. */
export const auditHistoryStateKey = '__auditkit';

/** The entry written in the current task, so the query's and the columns' writes of one commit share it. */
let taskEntry: { pushed: boolean; parts: Set<string> } | undefined;
const listeners = new Map<string, Set<() => void>>();

const hasWindow = () => typeof location !== 'undefined' && typeof history !== 'undefined';
const currentSearch = () => (location.search.startsWith('?') ? location.search.slice(1) : location.search);

function markedPrefixes(state: unknown): readonly string[] {
  if (typeof state !== 'object' || state === null || !Object.hasOwn(state, auditHistoryStateKey)) return [];
  const marks = (state as Record<string, unknown>)[auditHistoryStateKey];
  return Array.isArray(marks) ? marks.filter((item): item is string => typeof item === 'string') : [];
}

/** Whether a history entry's state (the current one by default) was written by auditkit for this prefix. */
export function isAuditHistoryEntry(prefix: string, state: unknown = hasWindow() ? history.state : null) {
  return markedPrefixes(state).includes(prefix);
}

/**
 * Writes one part's keys into the URL now (code reading `location` right after sees them) and marks the entry
 * as written for `prefix`. The writes of one commit (the query's and the columns' effects, one `part` each, in one
 * task) share one entry: the first may push, the other replaces it. A part writing again starts a new entry; a
 * write that changes nothing adds none.
 *
 * @example
 * ```ts
 * writeAuditUrl('audit', 'query', (search) => queryToSearch(query, { base: search }), 'push');
 * ```
 */
export function writeAuditUrl(
  prefix: string,
  part: string,
  writer: AuditSearchWriter,
  mode: AuditHistoryMode,
): void {
  if (!hasWindow()) return;
  if (taskEntry?.parts.has(`${prefix}:${part}`)) taskEntry = undefined;
  const before = currentSearch();
  const search = writer(before);
  if (search === before && isAuditHistoryEntry(prefix)) return;
  // The host's own state (a router's key, scroll data) stays; only our mark is added.
  const base: object = typeof history.state === 'object' && history.state !== null ? history.state : {};
  const marks = [...new Set([...markedPrefixes(history.state), prefix])];
  const state = { ...base, [auditHistoryStateKey]: marks };
  const href = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  // A push that changes nothing would add an entry Back seems to skip; a second push of the task joins the first.
  const push = mode === 'push' && search !== before && !taskEntry?.pushed;
  if (push) history.pushState(state, '', href);
  else history.replaceState(state, '', href);
  if (!taskEntry) {
    const entry = { pushed: false, parts: new Set<string>() };
    taskEntry = entry;
    queueMicrotask(() => {
      if (taskEntry === entry) taskEntry = undefined;
    });
  }
  taskEntry.pushed ||= push;
  taskEntry.parts.add(`${prefix}:${part}`);
}

let listening = false;
function onPopState(event: PopStateEvent) {
  taskEntry = undefined;
  for (const [prefix, callbacks] of listeners) {
    // An entry auditkit did not write (the host's page before the audit log, a hash link) says nothing about
    // the view: reading it as "no keys, so defaults" would wipe the user's choices as they leave.
    if (!isAuditHistoryEntry(prefix, event.state)) continue;
    for (const callback of [...callbacks]) callback();
  }
}

/**
 * Calls `onPop` when back/forward lands on an entry auditkit wrote for `prefix` (read the URL then); entries of
 * the host are ignored. Returns the unsubscribe function.
 *
 * @example
 * ```ts
 * useEffect(() => subscribeAuditUrl('audit', () => setQuery(queryFromSearch(location.search))), []);
 * ```
 */
export function subscribeAuditUrl(prefix: string, onPop: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  let callbacks = listeners.get(prefix);
  if (!callbacks) listeners.set(prefix, (callbacks = new Set()));
  callbacks.add(onPop);
  if (!listening) {
    window.addEventListener('popstate', onPopState);
    listening = true;
  }
  return () => {
    callbacks.delete(onPop);
    if (callbacks.size === 0) listeners.delete(prefix);
    if (listeners.size === 0 && listening) {
      window.removeEventListener('popstate', onPopState);
      listening = false;
    }
  };
}
