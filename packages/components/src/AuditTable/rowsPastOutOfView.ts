import { windowOf } from '../ui/domRealm.ts';

/**
 * Whether a table's event rows from `first` on are all below what its scroll container and its window show (the
 * row at `first` starts at or past whichever of their lower edges is higher). The container's own window: a log
 * rendered into an iframe is cut by the frame. Read as a replacement starts, in the render of the change: the page
 * was usually laid out for the last frame, so only what changed since (a box ticked; rows a step of
 * useProgressiveRows mounted since that frame, in the ~100 ms after a long page shows) is laid out for it.
 *
 * @param container The table's scroll container; its `<table>` is a child, with one `<tbody>` per event first.
 */
export function rowsPastOutOfView(container: HTMLElement | null, first: number): boolean {
  const row = container?.querySelector<HTMLTableElement>(':scope > table')?.tBodies[first];
  if (!container || !row) return false;
  const shownBottom = Math.min(container.getBoundingClientRect().bottom, windowOf(container).innerHeight);
  return row.getBoundingClientRect().top >= shownBottom;
}
