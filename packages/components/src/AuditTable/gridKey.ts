import { windowOf } from '../ui/domRealm.ts';
import type { GridKey } from './gridMove.ts';

const gridKeys = new Set<string>([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * The grid key a keyboard event means, or undefined for keys the grid leaves alone (with Shift or Alt too).
 * Right to left, ArrowLeft goes to the next cell (the one drawn on its left) and ArrowRight to the previous.
 */
export function gridKeyOf(event: KeyboardEvent, grid: HTMLElement): GridKey | undefined {
  if (!gridKeys.has(event.key) || event.shiftKey || event.altKey) return undefined;
  const key = event.key as GridKey;
  if ((key !== 'ArrowLeft' && key !== 'ArrowRight') || getComputedStyle(grid).direction !== 'rtl') return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
}

/**
 * Rows in a screenful, for PageUp/PageDown: the scrolling container's height (or the window's: the grid's own, an
 * iframe's when the log is rendered into one) over a row's.
 */
export function pageRows(grid: HTMLElement, row: HTMLElement): number {
  const container = grid.parentElement;
  const scrolls = container !== null && container.scrollHeight > container.clientHeight + 1;
  const viewport = scrolls ? container.clientHeight : windowOf(grid).innerHeight;
  const height = row.getBoundingClientRect().height || 40;
  return Math.max(1, Math.floor(viewport / height) - 1);
}
