import type { QueryClient } from '@tanstack/react-query';
import type { SnapshotPin } from './requestPinnedPage.ts';

/** A list's snapshot, and when a page past the first last asked within it (by `asked`'s count). */
interface KeptSnapshot extends SnapshotPin {
  readAt: number;
}

/** Each QueryClient's numbered lists' snapshots, by the hash of the list's key without its page. */
const snapshotsOf = new WeakMap<QueryClient, Map<string, KeptSnapshot>>();

/** Counts the pages asked, to order a page's read of a snapshot against a first page on its way. */
let asked = 0;

/**
 * How long a page past the first keeps asking within its list's snapshot: a tab left on page 3 for a day and
 * focused again showed that day-old "last 24 hours", with its count. Past this, the page takes a new one.
 */
const snapshotMaxAgeMs = 30 * 60_000;

/**
 * The snapshot a numbered page asks within (`pin`: none for the first page, which always takes a new one, nor for a
 * page with none kept, or only an old one), and `keep`, for the new one the page then took. Kept apart from the
 * pages' cache entries: those of pages left behind are collected after Query's `gcTime`, and the next page asked
 * after five minutes on one took a snapshot of its own and repeated or skipped rows. Per QueryClient, so two caches
 * (a test each, a server render each) never share one; the twenty lists used last at most. Internal.
 */
export function askSnapshot(queryClient: QueryClient, key: string, page: number) {
  let snapshots = snapshotsOf.get(queryClient);
  if (!snapshots) snapshotsOf.set(queryClient, (snapshots = new Map()));
  const store = snapshots;
  const began = ++asked;
  const kept = page > 0 ? store.get(key) : undefined;
  const pin = kept && Date.now() - kept.at < snapshotMaxAgeMs ? kept : undefined;
  const put = (snapshot: KeptSnapshot) => {
    // Deleted first, so the map's order is the order of use and its first key the list used least lately.
    store.delete(key);
    store.set(key, snapshot);
    if (store.size > 20) store.delete(store.keys().next().value!);
  };
  if (pin) put({ ...pin, readAt: began });
  return {
    pin,
    keep({ at, createdTo, newest }: SnapshotPin, signal: AbortSignal) {
      const now = store.get(key);
      // Not a page that was cancelled, nor a first page asked again (a refetch as the window was focused) after
      // which the user paged on within the snapshot shown: the page after theirs must follow the rows they saw. A
      // later page keeps its new one only where none came meanwhile.
      if (pin || signal.aborted || (page > 0 ? now !== kept : now && now.readAt > began)) return;
      // A later page's own is read by that page: a first page on its way since does not replace it either.
      put({ at, createdTo, newest, readAt: page > 0 ? began : 0 });
    },
  };
}

/**
 * Forgets a numbered list's snapshot, so the page asked next takes a new one: a refresh shows the newest events on
 * any page, not only the first. Internal.
 */
export function forgetSnapshot(queryClient: QueryClient, key: string): void {
  snapshotsOf.get(queryClient)?.delete(key);
}

/**
 * The newest matching event's time a numbered list's snapshot found beside its page (`null`: none), if the snapshot
 * was taken at `since` or later; `undefined` when it is older or no lookup asked (newest first, its first row is it;
 * oldest first, none is asked).
 */
export function snapshotNewest(
  queryClient: QueryClient,
  key: string,
  since: number,
): string | null | undefined {
  const kept = snapshotsOf.get(queryClient)?.get(key);
  return kept && kept.at >= since ? kept.newest : undefined;
}
