import { AuditApiError } from '../client/AuditApiError.ts';

// The errors of an export whose matching events changed while it paged through them. Pages are asked for by
// offset, so an event that becomes visible inside the pinned snapshot mid-export (ingestion is asynchronous), or
// one deleted, shifts every later offset by one: one row then comes twice or never, with the row count still right
// when one came and another went.
// Events of the same time, which the service may order differently from one request to the next, can do the same.
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

/**
 * A page did not hold exactly one event of the page before (pages overlap by one: overlappingPages.ts), so
 * events came or went before it: `rows` rows were written before it.
 */
export function eventsMoved(rows: number): AuditApiError {
  return new AuditApiError(
    `The matching events changed during the export (the page after row ${rows} did not go on from the rows before it): ${consequence}`,
    { kind: 'incomplete', code: 'export-changed', detail: { rows } },
  );
}

/**
 * The export gave more rows (`rows` so far) than the `total` events the list counts for the same pinned query, and
 * a count again still says `total`: the export endpoint did not apply every filter the count applies (the API may
 * widen silently), or rows came twice. The file is never saved as done: it would hold rows the query excludes.
 */
export function tooManyRows(rows: number, total: number): AuditApiError {
  return new AuditApiError(
    `The export gave more rows (${rows}) than the ${total} events that match, so the server did not apply every filter (or repeated rows): the export was stopped rather than saving rows that do not match.`,
    { kind: 'incomplete', code: 'export-too-many-rows', detail: { rows, total } },
  );
}
