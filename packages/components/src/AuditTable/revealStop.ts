import { isPanelCell } from './gridDom.ts';

/**
 * Scrolls the table's own box as little as shows a grid stop whole (its cell, or what its focus ring outlines),
 * clear of the box's scroll padding (the sticky header): in a table wider than its box, Chromium's `focus()` left
 * a cell partly in view at the box's edge where it was, only a sliver of its ring showing (WCAG 2.4.11). Only the
 * box scrolls, so call it before `focus()`, which then scrolls the host's page as it always did; `scrollIntoView`
 * would move the page too, and scroll the box up for a sticky header cell, which stays in view by itself.
 * Nothing for a stop outside a cell (the grid itself, while its row is scrolled away).
 */
export function revealStop(stop: HTMLElement): void {
  const box = stop.closest<HTMLElement>('[data-slot="audit-table-container"]');
  const cell = stop.closest<HTMLElement>('td, th');
  if (!box || !cell || !box.contains(cell)) return;
  const view = box.ownerDocument.defaultView;
  if (!view) return;
  // A card's expand button stretches its hit area and focus ring over the card's row (an absolute `::after`); a
  // details cell spans the table, and its region (the stop) keeps to the box's width.
  const target =
    view.getComputedStyle(stop, '::after').position === 'absolute'
      ? (stop.closest('tr') ?? cell)
      : isPanelCell(cell)
        ? stop
        : cell;
  if (target.getClientRects().length === 0) return;
  const boxStyle = view.getComputedStyle(box);
  const own = view.getComputedStyle(target);
  const sticky = own.position === 'sticky';
  const frame = box.getBoundingClientRect();
  const left = frame.left + box.clientLeft + px(boxStyle.scrollPaddingLeft);
  const right = frame.left + box.clientLeft + box.clientWidth - px(boxStyle.scrollPaddingRight);
  const top = frame.top + box.clientTop + px(boxStyle.scrollPaddingTop);
  const bottom = frame.top + box.clientTop + box.clientHeight - px(boxStyle.scrollPaddingBottom);
  const rect = target.getBoundingClientRect();
  const byX =
    sticky && (own.left !== 'auto' || own.right !== 'auto')
      ? 0
      : own.direction === 'rtl'
        ? -nearest(-rect.right, -rect.left, -right, -left)
        : nearest(rect.left, rect.right, left, right);
  const byY =
    sticky && (own.top !== 'auto' || own.bottom !== 'auto') ? 0 : nearest(rect.top, rect.bottom, top, bottom);
  // Sub-pixel differences are no part of a cell hidden.
  if (Math.abs(byX) > 0.5) box.scrollLeft += byX;
  if (Math.abs(byY) > 0.5) box.scrollTop += byY;
}

/** How far to scroll so `start`–`end` shows in `from`–`to`: its end, unless that hides its start, which wins. */
function nearest(start: number, end: number, from: number, to: number): number {
  if (start < from) return start - from;
  return end > to ? Math.min(end - to, start - from) : 0;
}

const px = (value: string) => parseFloat(value) || 0;
