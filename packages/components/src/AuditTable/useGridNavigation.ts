import { useEffect, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { GridNavigator } from './GridNavigator.ts';

/** Options of {@link useGridNavigation}. */
export interface GridNavigationOptions {
  /** Every loaded event, when rows are virtualised (only some are rendered). */
  virtualRowCount?: number | undefined;
}

/** What {@link useGridNavigation} gives the table: spread it on the `<table role="grid">`. */
export interface GridNavigation {
  ref: (grid: HTMLTableElement | null) => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
}

/** What virtual rows use: how the grid brings an event that is not rendered into view. */
export type GridScrollToRow = (scroll: ((index: number) => void) | undefined) => void;

/**
 * The events table as one Tab stop (the APG grid pattern with a roving tabindex): arrow keys, Home/End,
 * Ctrl+Home/End and PageUp/PageDown move between cells and their controls, Tab leaves the table, and the
 * position is remembered across re-renders, rows that change (clamped to the rows there are), expanded rows and
 * virtual scrolling; another page, sort or list shown from its top puts it on the first row (`restart`). An open
 * details panel is a row of its own: ArrowDown reaches its region, Tab or Enter its controls, Escape returns to its
 * event. The decisions live in `GridNavigator`; this connects it to React.
 */
export function useGridNavigation({ virtualRowCount }: GridNavigationOptions = {}): {
  gridProps: GridNavigation;
  scrollToRow: GridScrollToRow;
  /** The rows are another list now: the Tab stop goes back to the first event (see `GridNavigator.restart`). */
  restart: () => void;
  /** Brings the event at an index into the virtual window, as the keyboard does (nothing without virtual rows). */
  showRow: (index: number) => void;
} {
  const [navigator] = useState(() => new GridNavigator());
  useEffect(() => navigator.setRowCount(virtualRowCount), [navigator, virtualRowCount]);
  const [handlers] = useState(() => ({
    gridProps: {
      // A callback ref: attached once the table is in the DOM, detached when it leaves (React 18 and 19 alike).
      ref: (grid: HTMLTableElement | null) => (grid ? navigator.attach(grid) : navigator.detach()),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (navigator.keyDown(event.nativeEvent)) event.preventDefault();
      },
      onFocus: (event: FocusEvent<HTMLElement>) => navigator.focusIn(event.target),
      onBlur: (event: FocusEvent<HTMLElement>) => navigator.focusOut(event.target, event.relatedTarget),
    },
    scrollToRow: (scroll: ((index: number) => void) | undefined) => navigator.setScrollToRow(scroll),
    restart: () => navigator.restart(),
    showRow: (index: number) => navigator.scrollToRow?.(index),
  }));
  return handlers;
}
