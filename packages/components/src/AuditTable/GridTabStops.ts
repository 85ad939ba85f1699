import { isHTMLElement } from '../ui/domRealm.ts';
import { cellStops, focusablesIn, gridRowSelector, panelCellSelector } from './gridDom.ts';

/**
 * The tabindex a panel control had before a grid took it out of the Tab order (`null`: none). Per element, and
 * outliving a grid's re-attachment (React's strict mode attaches twice), so a control is always given back.
 */
const original = new WeakMap<HTMLElement, string | null>();

/**
 * The roving tabindex of a grid, kept on the DOM: one stop has `tabindex="0"`, every other control in the grid's
 * rows `-1`, so the whole grid is one Tab stop. It is done here, not by props on each cell, because the cells are
 * shared with the details panel and with hosts (a time or IP cell on its own stays tabbable), rows are memoised
 * and virtual rows mount and unmount while scrolling: the grid marks whatever its rows contain. An open details
 * panel's own controls (copy, JSON branches) come back into the Tab order while focus is inside that panel.
 */
export class GridTabStops {
  readonly #grid: HTMLElement;
  #active: HTMLElement | null = null;
  #entered: Element | null = null;

  constructor(grid: HTMLElement) {
    this.#grid = grid;
  }

  /** The element that is the grid's Tab stop now. */
  get active(): HTMLElement | null {
    return this.#active;
  }

  /** Makes `next` the grid's one Tab stop (`null`: none in the rows, see {@link door}). */
  setActive(next: HTMLElement | null): void {
    const previous = this.#active;
    // -1, not removed: the previous stop stays focusable by script and by a click.
    if (previous && previous !== next) previous.tabIndex = -1;
    if (next && next.tabIndex !== 0) next.tabIndex = 0;
    // A cell that is its own stop is described like the time inside it ("5 minutes ago").
    if (isHTMLElement(next, 'td', 'th') && !next.hasAttribute('aria-describedby')) {
      const described = next.querySelector('[aria-describedby]')?.getAttribute('aria-describedby');
      if (described) next.setAttribute('aria-describedby', described);
    }
    this.#active = next;
  }

  /**
   * The grid element itself as the Tab stop, while the remembered row is scrolled out of the virtual window:
   * focusing it brings that row back.
   */
  door(open: boolean): void {
    // Only when it changes: each write is a DOM mutation (and a restyle), and a virtual grid settles every frame.
    if (open) {
      if (this.#grid.getAttribute('tabindex') !== '0') this.#grid.tabIndex = 0;
    } else if (this.#grid.hasAttribute('tabindex')) this.#grid.removeAttribute('tabindex');
  }

  /** Takes the controls in `root` (rows just rendered) out of the Tab order, but the stop and an entered panel's. */
  suppress(root: Element): void {
    const found = focusablesIn(root);
    if (isHTMLElement(root) && root.hasAttribute('tabindex')) found.unshift(root);
    for (const element of found) {
      if (element === this.#active || !element.closest(gridRowSelector)) continue;
      const panel = element.closest(panelCellSelector);
      if (panel && !isRegion(panel, element)) {
        if (panel === this.#entered) continue;
        if (!original.has(element)) original.set(element, element.getAttribute('tabindex'));
      }
      if (element.getAttribute('tabindex') !== '-1') element.tabIndex = -1;
    }
  }

  /** Puts the controls of the panel that focus is in (or none) back into the Tab order; the last one leaves it. */
  enter(panel: Element | null): void {
    if (panel === this.#entered) return;
    const previous = this.#entered;
    this.#entered = panel;
    if (previous?.isConnected) this.suppress(previous);
    if (!panel) return;
    for (const element of focusablesIn(panel)) {
      if (isRegion(panel, element) || !original.has(element)) continue;
      const before = original.get(element);
      original.delete(element);
      if (before === null || before === undefined) element.removeAttribute('tabindex');
      else element.setAttribute('tabindex', before);
    }
  }
}

/** Whether `element` is the details region itself, the panel cell's stop (not one of its controls). */
function isRegion(panel: Element, element: HTMLElement): boolean {
  return isHTMLElement(panel, 'td', 'th') && cellStops(panel)[0] === element;
}
