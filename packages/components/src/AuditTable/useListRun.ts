import { useState } from 'react';

/**
 * Which run of an infinite list is on screen: `listKey` (another query's rows), and within it a new run each time
 * the list starts over from its first chunk with the same query (a refresh, the refresh-failed Retry, "show them"),
 * seen as fewer rows than before: a list only grows otherwise. The table goes back to its top on either. Before,
 * a restart deep in the list left the view where the browser clamped it, at the end of the new first chunk, where
 * the next chunk is asked at once: neither at the top nor where the user was. `undefined` with `listKey` (pages).
 */
export function useListRun(listKey: string | number | undefined, rows: number): string | undefined {
  const [seen, setSeen] = useState({ listKey, rows, restarts: 0 });
  const restarted = seen.listKey === listKey && rows < seen.rows;
  const restarts = seen.restarts + (restarted ? 1 : 0);
  // State adjusted during render, as React recommends for what follows a prop: no frame sees the old run.
  if (seen.listKey !== listKey || seen.rows !== rows) setSeen({ listKey, rows, restarts });
  return listKey === undefined ? undefined : `${listKey}.${restarts}`;
}
