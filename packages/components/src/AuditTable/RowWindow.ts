// Written here rather than taken from TanStack Virtual: its 3.19 weighs 11 KiB gzip (lanes, horizontal and window
// scrolling, iOS momentum and scroll classification), more than TanStack Table, for what this table needs: one
// vertical list in its own scroll box, rows measured as they render, and a row brought into view for the keyboard.
// With the rows' component it is a 2.2 KiB gzip chunk, loaded for infinite scrolling only, and it runs in every
// scroll frame (bench/README.md).

import { resizeObserverOf } from '../ui/domRealm.ts';
import { revealInBox } from '../ui/revealInBox.ts';

/** The rows to render, `[start, end)`, and the heights of the spacers that stand for the rows around them. */
export interface RowRange {
  start: number;
  end: number;
  before: number;
  after: number;
  /** The height the spacers guessed for rows not measured. */
  estimate: number;
}

const emptyRange: RowRange = { start: 0, end: 0, before: 0, after: 0, estimate: 0 };

const sameRange = (a: RowRange, b: RowRange) =>
  a.start === b.start &&
  a.end === b.end &&
  a.before === b.before &&
  a.after === b.after &&
  a.estimate === b.estimate;

/** Where the view was: at the list's end, or a point `within` the row at its top. */
type Anchor = 'end' | { index: number; within: number };

/**
 * A window over a long list of rows in a scroll container: which rows are in view (plus `overscan` either side),
 * from each row's measured height, or the first measured row's height for rows not rendered yet. A store for
 * `useSyncExternalStore`: it tells its subscriber only when the range changes, not on every scroll event.
 *
 * The list is taken to start below the container's `<thead>`, which, when sticky (the wide layout), also covers
 * the top of the view: a row brought into view is brought below it.
 */
export class RowWindow<T> {
  readonly #overscan: number;
  #estimate: number;
  #measured = false;
  readonly #sizes = new Map<string, number>();
  #items: readonly T[] = [];
  readonly #keyOf: (item: T, index: number, items: readonly T[]) => string;
  /** `starts[i]` is row i's top in the list, `starts[count]` the list's height; rebuilt after a change. */
  #starts: Float64Array | undefined;
  #element: HTMLElement | null = null;
  #header = 0;
  #range: RowRange = emptyRange;
  readonly #listeners = new Set<() => void>();
  #rows: ResizeObserver | undefined;
  readonly #observed = new Set<Element>();
  #box: ResizeObserver | undefined;
  #frame = 0;
  /** The range the DOM shows (the caller's layout effect says so through `settle`). */
  #drawn: RowRange | undefined;

  constructor(options: {
    keyOf: (item: T, index: number, items: readonly T[]) => string;
    estimate: number;
    overscan: number;
  }) {
    this.#keyOf = options.keyOf;
    this.#estimate = options.estimate;
    this.#overscan = options.overscan;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getRange = (): RowRange => this.#range;

  /** The rows now (a new array after a page loads or the query changes). */
  setItems(items: readonly T[]): void {
    if (items === this.#items) return;
    // Its index is another row's in another list (a page appended keeps it).
    if (this.#reveal !== undefined && items[this.#reveal] !== this.#items[this.#reveal])
      this.#reveal = undefined;
    this.#items = items;
    this.#starts = undefined;
    // Heights of rows no longer listed (an earlier query's) are dropped once they outnumber the listed ones.
    if (this.#sizes.size > 2 * items.length + 100) {
      const keys = new Set(items.map(this.#keyOf));
      for (const key of this.#sizes.keys()) if (!keys.has(key)) this.#sizes.delete(key);
    }
    this.update();
  }

  /** Follows a scroll container (or none): its scrolling, its size and its header's height. */
  attach(element: HTMLElement | null): () => void {
    this.#element = element;
    if (!element) return () => {};
    const onScroll = () => this.update();
    element.addEventListener('scroll', onScroll, { passive: true });
    const head = element.querySelector('thead');
    this.#box = resizeObserverOf(element, () => {
      this.#header = head?.offsetHeight ?? 0;
      this.#updateNextFrame();
    });
    this.#box.observe(element);
    if (head) this.#box.observe(head);
    // Rows still drawn after a detach, when React attaches again without calling their refs (React 18's StrictMode).
    if (!this.#rows) for (const row of this.#observed) this.#observe(row);
    this.#header = head?.offsetHeight ?? 0;
    this.update();
    return () => {
      element.removeEventListener('scroll', onScroll);
      this.#box?.disconnect();
      // The rows' observer too: it keeps every row it observes, and the window, alive. The rows still drawn are
      // remembered for an attach that follows (above); those gone are let go.
      this.#rows?.disconnect();
      this.#rows = undefined;
      for (const row of this.#observed) if (!row.isConnected) this.#observed.delete(row);
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      if (this.#element === element) this.#element = null;
    };
  }

  /** Ref callback for each rendered row's element, which carries its index in `data-index`. */
  measure = (element: HTMLElement | null): void => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Rows that left the window: React detaches a ref before it removes the element (and React 18 says not
    // which), so they are let go here, as new rows come in; an observer keeps what it observes alive.
    for (const row of this.#observed)
      if (!row.isConnected) {
        this.#rows?.unobserve(row);
        this.#observed.delete(row);
      }
    this.#observe(element);
    // The first row's height is read here at once (the layout the first paint needs anyway) rather than from the
    // observer a frame later: until then the list's height is the default guess's, and a scroll to its end in that
    // frame stopped short of the end once the guess changed.
    if (!this.#measured) {
      const size = element.getBoundingClientRect().height;
      if (size > 0 && this.#guess(size + marginsOf(element))) this.update();
    }
  };

  #observe(row: Element): void {
    this.#rows ??= resizeObserverOf(row, (entries) => this.#resized(entries));
    this.#observed.add(row);
    this.#rows.observe(row, { box: 'border-box' });
  }

  /**
   * Until a row is measured, every row is guessed at the first one's height: a page of rows alike (the common
   * case) then never moves when it renders. Returns whether this was that first measure.
   */
  #guess(size: number): boolean {
    if (this.#measured) return false;
    // Every row not measured moves with the guess, the rows above the view too; the spacers on screen keep the
    // old guess until the next range is drawn (`update` and `settle` read the view in the list as drawn).
    this.#measured = true;
    this.#estimate = size;
    this.#starts = undefined;
    return true;
  }

  /** Scrolls the least that shows the row at `index` whole (below the sticky header), if it is not already. */
  scrollToIndex(index: number): void {
    const element = this.#element;
    if (!element || index < 0 || index >= this.#items.length) return;
    const starts = this.#offsets();
    const top = this.#header + starts[index]!;
    const bottom = this.#header + starts[index + 1]!;
    if (top < element.scrollTop + this.#header) element.scrollTop = top - this.#header;
    else if (bottom > element.scrollTop + element.clientHeight)
      element.scrollTop = bottom - element.clientHeight;
    // Only a row not drawn yet is placed by guessed heights; and it is revealed when it is measured, its own
    // first size coming in. A row already drawn, kept as the one to reveal, brought the view back to it at the
    // next resize of any row, long after the user had scrolled on (Ctrl+Home, then the wheel).
    this.#reveal = element.querySelector(`[data-index="${index}"]`) ? undefined : index;
    // At once, not at the scroll event: the caller waits for the row to render.
    this.update();
  }

  /**
   * The row `scrollToIndex` brought in, until it has been measured: it was placed by guessed heights, its own and
   * those of the rows around it, and when they are measured (the rows above scrolled by as much, so the reading
   * place holds) it could end up partly out of view: Ctrl+End left the last row's lower half below the box.
   */
  #reveal: number | undefined;

  /** Scrolls the least that shows the drawn row `#reveal` whole, by what the DOM draws, once it has a height. */
  #revealDrawn(element: HTMLElement, index: number): void {
    // Scrolled away from since (the row out of the window): the user's place is not taken back.
    if (index < this.#range.start || index >= this.#range.end) {
      this.#reveal = undefined;
      return;
    }
    const row = element.querySelector(`[data-index="${index}"]`);
    if (!row || row.getBoundingClientRect().height === 0) return;
    this.#reveal = undefined;
    revealInBox(element, row, { top: this.#header, bottom: 0 });
  }

  /** Works out the range from the scroll position; tells the subscriber if it changed. */
  update(): void {
    const element = this.#element;
    const count = this.#items.length;
    let next = emptyRange;
    if (count > 0) {
      const starts = this.#offsets();
      const height = element?.clientHeight ?? 0;
      let top = Math.max(0, (element?.scrollTop ?? 0) - this.#header);
      const drawn = this.#drawn;
      if (element && drawn && drawn.estimate !== this.#estimate) {
        // The spacers on screen still stand for the old guess: the rows drawn are those where the view is in the
        // list as drawn (`settle` scrolls the view there once they are).
        const anchor = this.#anchor(this.#offsetsWith(drawn.estimate));
        if (anchor === 'end') top = Math.max(0, starts[count]! - height);
        else if (anchor) top = starts[anchor.index]! + anchor.within;
      }
      const first = indexAt(starts, count, top);
      const last = indexAt(starts, count, top + height);
      const start = Math.max(0, first - this.#overscan);
      const end = Math.min(count, last + 1 + this.#overscan);
      const [before, after] = [starts[start]!, starts[count]! - starts[end]!];
      next = { start, end, before, after, estimate: this.#estimate };
    }
    if (sameRange(next, this.#range)) return;
    this.#range = next;
    for (const listener of this.#listeners) listener();
  }

  /**
   * Told by the caller's layout effect that `drawn` is on screen. When it is drawn with a new guess, every row
   * not measured has moved under the view, so the view is put where it was in the list as drawn before: at the
   * end if it was there, else with the row at its top where it was. Without this a jump to the end made while
   * the rows' height was being learnt (rows that had no height as they mounted, as while a stylesheet loads)
   * was left in the middle of the list, where infinite scrolling never asks for the next page.
   */
  settle(drawn: RowRange): void {
    const shown = this.#drawn;
    this.#drawn = drawn;
    const element = this.#element;
    if (!element || !shown || shown.estimate === drawn.estimate) return;
    const anchor = this.#anchor(this.#offsetsWith(shown.estimate), true);
    if (!anchor) return;
    let next = element.scrollHeight - element.clientHeight;
    if (anchor !== 'end') {
      // The range drawn is normally the one just worked out, whose tops are kept.
      const starts = drawn.estimate === this.#estimate ? this.#offsets() : this.#offsetsWith(drawn.estimate);
      const top = starts[anchor.index];
      if (top === undefined) return;
      next = this.#header + top + anchor.within;
    }
    if (Math.abs(next - element.scrollTop) >= 0.5) element.scrollTop = next;
  }

  /**
   * Where the view is in the list laid out by `starts`: at its end, in a row, or (nothing) at its top. The DOM
   * says where its end is while it shows that list; `replaced`: it has just been replaced by another.
   */
  #anchor(starts: Float64Array, replaced = false): Anchor | undefined {
    const element = this.#element;
    const count = this.#items.length;
    if (!element || count === 0) return undefined;
    const top = element.scrollTop - this.#header;
    if (top <= 0) return undefined;
    const bottom = element.scrollTop + element.clientHeight;
    // Past the end of the list as it was drawn, or at the end of the DOM now (the browser may have pulled the
    // view back when the list got shorter).
    if (bottom >= element.scrollHeight - 1 || (replaced && top + element.clientHeight >= starts[count]! - 1))
      return 'end';
    const index = indexAt(starts, count, top);
    return { index, within: top - starts[index]! };
  }

  #resized(entries: ResizeObserverEntry[]): void {
    const element = this.#element;
    let changed = false;
    let shift = 0;
    const starts = this.#offsets();
    const top = element ? element.scrollTop - this.#header : 0;
    // The space a row takes includes its margins (the narrow layout's cards are spaced by one); rows share their
    // styles, so one row's margins are read for the whole batch.
    let margins: number | undefined;
    // Each measured change as [index, difference], so the tops below it move by as much (see `moveTops`).
    const changes: [number, number][] = [];
    // Whether the row `scrollToIndex` brought in has its first size here.
    let revealed = false;
    for (const entry of entries) {
      const target = entry.target as HTMLElement;
      // A row scrolled out of the window: removed from the DOM, its box is gone.
      if (!target.isConnected) continue;
      const index = Number(target.dataset.index);
      const item = this.#items[index];
      if (item === undefined) continue;
      if (index === this.#reveal) revealed = true;
      const box = entry.borderBoxSize[0]?.blockSize ?? target.offsetHeight;
      // A row with no box is not drawn (the log in a hidden tab, a stylesheet not loaded): nothing to learn.
      // Taken as its height, it set the guess for every row to nothing and drew them all at once when shown.
      if (box === 0) continue;
      margins ??= marginsOf(target);
      const size = box + margins;
      // Normally guessed in `measure`; here if the first row had no height yet then.
      if (this.#guess(size)) changed = true;
      const key = this.#keyOf(item, index, this.#items);
      const before = this.#sizes.get(key) ?? this.#estimate;
      if (size === before) continue;
      this.#sizes.set(key, size);
      changes.push([index, size - before]);
      changed = true;
      // A row above the view changed height: scroll by as much, so what the user reads stays put.
      if (starts[index + 1]! <= top) shift += size - before;
    }
    if (!changed) {
      if (revealed && element && this.#reveal !== undefined) this.#revealDrawn(element, this.#reveal);
      return;
    }
    // A new guess moved every row not measured: the tops are worked out again. Otherwise only the rows below a
    // change moved, by its difference: rebuilding every top looked each of 10,000 rows' size up by key, in every
    // frame of a deep scroll that measured a row (3% of its main thread, bench/profile.mjs scroll).
    if (this.#starts === starts) moveTops(starts, changes);
    // While a new guess is not drawn yet, `update` places the view as a whole instead.
    if (shift !== 0 && element && this.#drawn?.estimate === this.#estimate) element.scrollTop += shift;
    if (revealed && element && this.#reveal !== undefined) this.#revealDrawn(element, this.#reveal);
    this.#updateNextFrame();
  }

  /**
   * `update` from a resize observer's callback, deferred to the next frame: rows the new range mounts at once
   * would be observed too late for this frame's round of observations, and the browser reports that as an error
   * on the host's page ("ResizeObserver loop completed with undelivered notifications"). The rows themselves have
   * already moved; only the spacers and the rows at the window's edges wait a frame.
   */
  #updateNextFrame(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.update();
    });
  }

  #offsets(): Float64Array {
    return (this.#starts ??= this.#offsetsWith(this.#estimate));
  }

  /** Each row's top, and the list's height last, with the rows not measured at `estimate`. */
  #offsetsWith(estimate: number): Float64Array {
    const items = this.#items;
    const starts = new Float64Array(items.length + 1);
    for (let i = 0; i < items.length; i += 1)
      starts[i + 1] = starts[i]! + (this.#sizes.get(this.#keyOf(items[i]!, i, items)) ?? estimate);
    return starts;
  }
}

/** Moves the tops after each changed row (`[index, difference]`) by the differences above them, in one pass. */
function moveTops(starts: Float64Array, changes: [number, number][]): void {
  if (changes.length === 0) return;
  changes.sort((a, b) => a[0] - b[0]);
  let by = 0;
  let next = 0;
  for (let i = changes[0]![0] + 1; i < starts.length; i += 1) {
    while (next < changes.length && changes[next]![0] < i) by += changes[next++]![1];
    starts[i]! += by;
  }
}

function marginsOf(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return (parseFloat(style.marginBlockStart) || 0) + (parseFloat(style.marginBlockEnd) || 0);
}

/** The row at `offset` in the list: the last whose top is at or above it. */
function indexAt(starts: Float64Array, count: number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
