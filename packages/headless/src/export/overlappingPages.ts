// Pages asked for by offset overlap by one event: every page after the first starts with the event the page
// before ended with. Offsets count events as they are when each page is asked for, and pages are asked for at
// different times while events come and go (ingestion is asynchronous; retention deletes). An event that appears or
// disappears before a page's offset moves that page by one, so one row would come twice or never, and the count
// can still come out right when one event came and another went. The overlap shows such a move at the page it
// happens: the page must start with the event already written. It costs one event in each page of 200. A CSV page
// is compared by its row's bytes, which name the event only with its id in them: two events may be alike in every
// column the user chose, so the export adds the id column when those lack it (exportAuditEvents.ts) and leaves it
// out of the file again (csvWithoutLastField.ts).

/** How many pages of `size` events, overlapping by one, hold `total` events (none for none). */
export function overlappingPageCount(total: number, size: number): number {
  if (total <= 0) return 0;
  return total <= size ? 1 : 1 + Math.ceil((total - size) / (size - 1));
}

/** The offset of overlapping page `page`: each page after the first starts one event before its new ones. */
export const overlappingPageOffset = (page: number, size: number) => page * (size - 1);
