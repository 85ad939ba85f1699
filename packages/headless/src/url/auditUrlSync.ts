// The one owner of the audit view's keys in the page's URL. The query (`useAuditQueryState`) and the column
// choices (`useColumnPreferences`) both live there; each used to write `location` and listen to `popstate`
// on its own, so one user action made two history writes and a Back to a host's entry (one auditkit never
// wrote, without our keys) read as "everything default" and erased the saved columns. Here, writes of one
// commit share one history entry, every entry written is marked in `history.state`, and back/forward
// is reported only for entries that carry the mark of the prefix.
//
// Framework-free on purpose: it needs only `location` and `history`, and does nothing where they are missing.

import { ownKeyOf } from './auditUrlKeys.ts';
import { hostHistoryState } from './hostHistoryState.ts';

/**
 * How a write touches history: `push` adds an entry (a discrete change), `replace` rewrites the current one, and
 * `typing` gives a typing burst one entry of its own: its first write adds an entry and the next ones rewrite it,
 * until another change or a back/forward ends the burst. Typing that only replaced lost the entry before it (the
 * page the user was on) from history, and an Enter after it, changing nothing, added none.
 */
export type AuditHistoryMode = 'push' | 'replace' | 'typing';

/** Rewrites a query string (without `?`) with one part's keys; every other pair is kept. */
export type AuditSearchWriter = (search: string) => string;

/** The key in `history.state` that lists the prefixes whose keys the entry carries. */
export const auditHistoryStateKey = '__auditkit';

/** The key in `history.state` that lists the typing bursts that wrote the entry (tokens of `typingBursts`). */
const typingStateKey = '__auditkitTyping';

/**
 * Per prefix, the token of the typing burst going on: its writes rewrite the entry marked with the token. Kept in
 * memory, so an entry reached by back/forward or written before a reload never continues a burst. The popstate
 * listener stays while a burst does, even with no log mounted: else typing in a log left by a host link and come
 * back to with Back rewrote the entry typed before the link, which Back then skipped.
 */
const typingBursts = new Map<string, string>();
// Random, so two copies of auditkit on one page never take each other's entry for their own.
const burstToken = () => `${Math.random().toString(36).slice(2)}.${Date.now().toString(36)}`;

/** The entry written in the current task, so the query's and the columns' writes of one commit share it. */
let taskEntry: { pushed: boolean; parts: Set<string> } | undefined;

interface Subscription {
  readonly onPop: (entry: AuditPopEntry) => void;
  /** The pathnames the log has been shown at: where it subscribed, and where it wrote while subscribed. */
  readonly pathnames: Set<string>;
}
const listeners = new Map<string, Set<Subscription>>();

const hasWindow = () => typeof location !== 'undefined' && typeof history !== 'undefined';
const currentSearch = () => (location.search.startsWith('?') ? location.search.slice(1) : location.search);

function stringList(state: unknown, key: string): readonly string[] {
  if (typeof state !== 'object' || state === null || !Object.hasOwn(state, key)) return [];
  const list = (state as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
}

const markedPrefixes = (state: unknown) => stringList(state, auditHistoryStateKey);

/** Whether a history entry's state (the current one by default) was written by auditkit for this prefix. */
export function isAuditHistoryEntry(prefix: string, state: unknown = hasWindow() ? history.state : null) {
  return markedPrefixes(state).includes(prefix);
}

/**
 * Writes one part's keys into the URL now (code reading `location` right after sees them) and marks the entry
 * as written for `prefix`. The writes of one commit (the query's and the columns' effects, one `part` each, in one
 * task) share one entry: the first may push, the other replaces it. A part writing again starts a new entry; a
 * write that changes nothing adds none. A `typing` write continues the burst that wrote the current entry, else
 * starts one with a new entry; a `push`, or a `replace` that changes the URL, ends the burst.
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
  // An Enter after typing commits the search: typing on from there starts another entry.
  if (mode === 'push') typingBursts.delete(prefix);
  if (search === before && isAuditHistoryEntry(prefix)) return;
  const changes = search !== before;
  const burst = typingBursts.get(prefix);
  const typingOn =
    mode === 'typing' && burst !== undefined && stringList(history.state, typingStateKey).includes(burst);
  // A push that changes nothing would add an entry Back seems to skip; a second push of the task joins the first.
  const push = (mode === 'push' || (mode === 'typing' && !typingOn)) && changes && !taskEntry?.pushed;
  // A burst starts in the entry its first write makes (or joins, in the same task), never in one written before;
  // another change to the entry ends it.
  if (mode === 'typing' ? !typingOn : changes) typingBursts.delete(prefix);
  if (mode === 'typing' && !typingOn && changes) typingBursts.set(prefix, burstToken());
  const href = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
  // The host's own state (scroll data, its keys) stays and our marks are added; a router's marks that would make
  // it misread the entry (Next.js taking it for its own write) do not.
  const base = hostHistoryState(history.state, push ? 'push' : 'replace', href);
  const marks = [...new Set([...markedPrefixes(history.state), prefix])];
  // The bursts going on that wrote this entry: a new entry carries none but its own.
  const live = new Set(typingBursts.values());
  const own = mode === 'typing' ? typingBursts.get(prefix) : undefined;
  const kept = push ? [] : stringList(history.state, typingStateKey).filter((token) => live.has(token));
  const bursts = [...new Set([...kept, ...(own === undefined ? [] : [own])])];
  const state = { ...base, [auditHistoryStateKey]: marks, [typingStateKey]: bursts };
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
  for (const subscription of listeners.get(prefix) ?? []) subscription.pathnames.add(location.pathname);
  listenWhileNeeded();
}

let listening = false;

/** Listens to popstate while a log subscribes or a typing burst is live (see `typingBursts`), and only then. */
function listenWhileNeeded() {
  if (typeof window === 'undefined') return;
  const needed = listeners.size > 0 || typingBursts.size > 0;
  if (needed && !listening) window.addEventListener('popstate', onPopState);
  else if (!needed && listening) window.removeEventListener('popstate', onPopState);
  listening = needed;
}

/**
 * Whether the current URL carries a key of `prefix` (`audit.sev=High` for `audit`). Never under the empty prefix,
 * where every key of the host's would count.
 */
function urlCarriesKeysOf(prefix: string): boolean {
  return (
    prefix !== '' &&
    currentSearch()
      .split('&')
      .some((pair) => ownKeyOf(pair, prefix) !== undefined)
  );
}

function onPopState(event: PopStateEvent) {
  taskEntry = undefined;
  // The entry reached was written before: typing there starts a new entry, keeping this one.
  typingBursts.clear();
  listenWhileNeeded();
  for (const [prefix, subscriptions] of listeners) {
    // An entry auditkit did not write (the host's page before the audit log, a hash link) says nothing about
    // the view: reading it as "no keys, so defaults" would wipe the user's choices as they leave. One whose URL
    // carries our keys does say what to show, mark or not: a router may rewrite an entry's state (Next.js'
    // `router.refresh()` drops our mark), and a host may push a link to a view.
    const marked = isAuditHistoryEntry(prefix, event.state);
    if (!marked && !urlCarriesKeysOf(prefix)) continue;
    for (const subscription of [...subscriptions]) {
      // An entry at a pathname this log was never at is another route's (another tenant's log under the same
      // prefix): the router shows that route's own log, which reads the URL as it mounts. This one is still
      // mounted when popstate fires, and following it wrote the other log's columns into this one's storage and
      // told its host of the other log's filters. A log kept mounted across pathnames the router pushed (a
      // layout route) has been at each one it was shown or wrote at, so Back there is still followed.
      if (!subscription.pathnames.has(location.pathname)) continue;
      subscription.onPop({ marked });
    }
  }
}

/** The entry back/forward landed on, as `subscribeAuditUrl` reports it. */
export interface AuditPopEntry {
  /**
   * Whether auditkit wrote the entry for this prefix. When `false` the URL carries keys of the prefix but the
   * entry's state lost the mark (a router rewrote it) or the host wrote it: a key missing from it may be one that
   * was never written there, not a default.
   */
  readonly marked: boolean;
}

/**
 * Calls `onPop` when back/forward lands on an entry auditkit wrote for `prefix`, or on one whose URL carries keys
 * of `prefix` (read the URL then); the host's other entries are ignored, and so is every entry at a pathname the
 * subscriber has not been at (subscribed or written at, see `writeAuditUrl`). Returns the unsubscribe function.
 *
 * @example
 * ```ts
 * useEffect(() => subscribeAuditUrl('audit', () => setQuery(queryFromSearch(location.search))), []);
 * ```
 */
export function subscribeAuditUrl(prefix: string, onPop: (entry: AuditPopEntry) => void): () => void {
  return followAuditUrl(prefix, onPop, new Set());
}

/**
 * `subscribeAuditUrl` with the pathnames the subscriber has been at kept by the caller, for the hooks: a hook
 * subscribes again whenever an effect's inputs change (a host's inline `url` object, every render), and a set
 * started afresh each time forgot the pathnames a layout route had shown the log at, so Back there was ignored
 * and the entry reached then overwritten with the query shown.
 */
export function followAuditUrl(
  prefix: string,
  onPop: (entry: AuditPopEntry) => void,
  pathnames: Set<string>,
): () => void {
  if (typeof window === 'undefined') return () => {};
  let subscriptions = listeners.get(prefix);
  if (!subscriptions) listeners.set(prefix, (subscriptions = new Set()));
  pathnames.add(location.pathname);
  const subscription: Subscription = { onPop, pathnames };
  subscriptions.add(subscription);
  listenWhileNeeded();
  return () => {
    subscriptions.delete(subscription);
    if (subscriptions.size === 0 && listeners.get(prefix) === subscriptions) listeners.delete(prefix);
    listenWhileNeeded();
  };
}
