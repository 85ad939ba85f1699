import { AuditApiError } from '../client/AuditApiError.ts';

// The errors of an export whose matching events changed while it paged through them. Pages are asked for by
// offset, so an event that becomes visible inside the pinned snapshot mid-export (ingestion is asynchronous)
// shifts every later offset by one: one row then comes twice and another never, with the row count still right.
// Such a file is never reported done; the message says why (in English), and the code `export-changed` with its
// numbers lets a UI say it in its own language.

const consequence = 'rows may be missing or repeated, so the export was stopped. Export again.';

/** The count with the pinned parameters differs after the last page from the count the export started with. */
export function totalChanged(before: number, after: number): AuditApiError {
  return new AuditApiError(
    `The matching events changed during the export (${before} when it started, ${after} at the end): ${consequence}`,
    { kind: 'incomplete', code: 'export-changed', detail: { total: before, totalAfter: after } },
  );
}

/** A page started with the event the page before ended with: `rows` rows were written before it. */
export function eventRepeated(rows: number): AuditApiError {
  return new AuditApiError(
    `The matching events changed during the export (the event of row ${rows} came again as row ${rows + 1}): ${consequence}`,
    { kind: 'incomplete', code: 'export-changed', detail: { rows } },
  );
}
