import { useCallback, useRef, type RefObject } from 'react';
import type { AuditEventLike } from '../types.ts';
import { resizeObserverOf } from '../ui/domRealm.ts';
import { revealInBox } from '../ui/revealInBox.ts';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { rowIds, type ExpandedRows } from './useAuditTable.ts';

/** How long an opened row is kept in view while its details grow (their chunk arriving, their fields laid out). */
const followMs = 1500;

/** What the user does in the box that ends that: their own scroll or move wins. */
const userInput = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * Opens or closes a row as `toggle` does, and brings a row the user opens (a click or tap on its card or expand
 * button, Enter or Space on the button) into view within the table's scroll box: the event and its details, as
 * much of them as the box holds, the event's own row first (as `block: 'nearest'`). A card near the box's foot
 * opened its 700 px of details wholly out of sight, below the box's edge, and only its chevron turned. Only the box
 * scrolls, and only up or down: never the host's page, nor sideways. Rows opened otherwise (a link, `openRow`)
 * are scrolled by `useLinkedRow`.
 */
export function useRowOpenedInView(
  toggle: (rowId: string) => void,
  table: {
    events: readonly AuditEventLike[];
    expanded: ExpandedRows;
    container: RefObject<HTMLElement | null>;
  },
): (rowId: string) => void {
  const { events, expanded, container } = table;
  // Read by the toggle, which stays one function (the rows are memoised on it).
  const shown = useRef({ events, expanded });
  useLayoutEffectOnClient(() => {
    shown.current = { events, expanded };
  });
  // The row the user just opened, and its place among the events.
  const opened = useRef<{ id: string; index: number } | undefined>(undefined);
  const onToggle = useCallback(
    (id: string) => {
      const now = shown.current;
      opened.current = now.expanded[id] === true ? undefined : { id, index: rowIds(now.events).indexOf(id) };
      toggle(id);
    },
    [toggle],
  );
  useLayoutEffectOnClient(() => {
    const row = opened.current;
    const box = container.current;
    if (!row || expanded[row.id] !== true || !box) return;
    opened.current = undefined;
    const body = eventBody(box, row.index);
    return body ? followInBox(box, body) : undefined;
  }, [expanded, container]);
  return onToggle;
}

/** The `<tbody>` of the event at `index`: by its index where rows are virtual, else the index-th event's. */
function eventBody(box: HTMLElement, index: number): HTMLElement | undefined {
  if (index < 0) return undefined;
  const virtual = box.dataset.virtual !== undefined;
  return (
    box.querySelector<HTMLElement>(`tbody[data-index="${index}"]`) ??
    (virtual ? undefined : box.querySelectorAll<HTMLElement>('tbody[data-slot="audit-table-body"]')[index])
  );
}

/** Keeps `body` in view in `box` now and while it grows, for a moment, until the user scrolls or moves. */
function followInBox(box: HTMLElement, body: HTMLElement): () => void {
  // Below what the box's scroll padding keeps free (the sticky header).
  const reveal = () => {
    const style = getComputedStyle(box);
    const inset = {
      top: parseFloat(style.scrollPaddingTop) || 0,
      bottom: parseFloat(style.scrollPaddingBottom) || 0,
    };
    revealInBox(box, body, inset);
  };
  reveal();
  if (typeof ResizeObserver !== 'function') return () => undefined;
  const observer = resizeObserverOf(box, reveal);
  observer.observe(body);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of userInput) box.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, followMs);
  for (const type of userInput) box.addEventListener(type, stop, { capture: true, passive: true });
  return stop;
}
