// Pages asked for by offset overlap by one event: every page after the first is asked for from the position of the
// event the page before ended with. Offsets count events as they are when each page is asked for, and pages are asked for at
// different times while events come and go (ingestion is asynchronous; retention deletes). An event that appears or
// disappears before a page's offset moves that page by one, so one row would come twice or never, and the count
// can still come out right when one event came and another went. The overlap shows such a move at the page it
// happens. It costs one event in each page of 200.
//
// Pages are joined by event id (`sharedRowIndex`): a page must hold exactly one event of the page before, which is
// left out. Not "the page starts with the last event written": events with the same value in the sorted column (the
// same millisecond) have no order the service promises (Frontegg documents no second sort key, and a database may
// return ties in any order from one query to the next), so at a page's edge they may come in another order. When
// the set of events is the same, the pages' union misses an event exactly when the new page holds more than one
// already written, so exactly one means every event is there; none or several mean events came, went or moved,
// an error. The first-event rule stopped a whole export falsely when two tied events swapped at the edge, and
// wrote a row twice and lost another, silently, when the tied event before the edge swapped with one after it.
// That holds while tied events move less than a page: an event of the page before the page before is an error
// too, which catches a tie of one millisecond longer than a page (a bulk import) moving further. Past two pages
// it is not looked for (every id written would have to be kept, and a paged export's memory stays flat): a tie
// that long, in a new order a request, would share many events with the page before, not exactly one.
// A page with an event without an id (an empty id cell, a key repeated within the page) is joined by the first
// row, as before.
// A CSV page names its events by their id only: when the user's columns lack it, the export adds it as the last
// column (exportAuditEvents.ts) and leaves it out of the file again (csvWithoutLastField.ts). Without the id (the
// API's column limit reached), rows alike cannot be told apart, and the page must start with the last row written.

/** How many pages of `size` events, overlapping by one, hold `total` events (none for none). */
export function overlappingPageCount(total: number, size: number): number {
  if (total <= 0) return 0;
  return total <= size ? 1 : 1 + Math.ceil((total - size) / (size - 1));
}

/** The offset of overlapping page `page`: each page after the first starts one event before its new ones. */
export const overlappingPageOffset = (page: number, size: number) => page * (size - 1);

/** A written page's event keys, and whether they name its events: none is empty, none repeats within the page. */
interface PageKeys {
  keys: ReadonlySet<string>;
  distinct: boolean;
}

/** The keys of a page as it is written; an empty one is an event without an id (a CSV cell empty or `""`). */
function pageKeys(keys: readonly string[]): PageKeys {
  const set = new Set(keys);
  return { keys: set, distinct: set.size === keys.length && !set.has('') && !set.has('""') };
}

/**
 * Where in a page is the one event the page before (`before`) also held, by key (an event id): its index; -1 when
 * the page holds none of them or more than one, or one of the page before that (`earlier`): events came, went, or
 * moved further than the page's edge. `undefined` when a key in this page or the page before is empty or repeats
 * (events without an id): they cannot tell events apart, and the caller joins by the first row.
 */
function sharedRowIndex(
  keys: readonly string[],
  page: PageKeys,
  before: PageKeys,
  earlier: PageKeys | undefined,
): number | undefined {
  if (!page.distinct || !before.distinct) return undefined;
  let shared = -1;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (earlier?.distinct && earlier.keys.has(key) && !before.keys.has(key)) return -1;
    if (!before.keys.has(key)) continue;
    if (shared >= 0) return -1;
    shared = index;
  }
  return shared;
}

/** Joins each page of an export to the pages before it (see above). */
export interface PageJoin {
  /**
   * Takes page `page`'s row keys (`undefined` when its rows have none) and says which of its `rows` rows the page
   * before also held: its index, to leave out; -1 when events came, went or moved (an error); `undefined` for the
   * first page or an empty one. `firstIsLast` says, for a page whose keys cannot name its events, whether its first
   * row is the last one written: that page is joined by it.
   */
  next(
    page: number,
    keys: readonly string[] | undefined,
    rows: number,
    firstIsLast: () => boolean,
  ): number | undefined;
}

/** The join of one export's pages, which keeps the keys of the two pages written last. */
export function pageJoin(): PageJoin {
  let before: PageKeys | undefined;
  let earlier: PageKeys | undefined;
  return {
    next(page, keys, rows, firstIsLast) {
      const own = keys && pageKeys(keys);
      let shared: number | undefined;
      if (page > 0 && rows > 0) {
        const found = keys && own && before ? sharedRowIndex(keys, own, before, earlier) : undefined;
        shared = found ?? (firstIsLast() ? 0 : -1);
      }
      earlier = before;
      before = own;
      return shared;
    },
  };
}
