import type { QueryClient } from '@tanstack/react-query';
import type { SnapshotPin } from './requestPinnedPage.ts';

/** Each QueryClient's numbered lists' snapshots, by the hash of the list's key without its page. */
const snapshotsOf = new WeakMap<QueryClient, Map<string, SnapshotPin>>();

/**
 * The snapshots numbered pages ask within, each taken by a list's first page (or by a page asked with none), kept
 * apart from the pages' cache entries: those of pages left behind are collected after Query's `gcTime`, and the next
 * page asked after five minutes on one would then take a snapshot of its own and repeat or skip rows. Per
 * QueryClient, so two caches (a test each, a server render each) never share one. Internal.
 */
export function eventsSnapshots(queryClient: QueryClient): Map<string, SnapshotPin> {
  let snapshots = snapshotsOf.get(queryClient);
  if (!snapshots) snapshotsOf.set(queryClient, (snapshots = new Map()));
  return snapshots;
}
