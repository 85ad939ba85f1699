import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import type { ExportFormat } from './exportFormat.ts';

/** The two ways an export can ask for its rows, each with what it would leave unapplied. */
export interface ExportRequestCandidates<Plan extends { unapplied: readonly UnappliedFilter[] }> {
  stream: Plan;
  paged: Plan;
}

/** What a plan leaves out, comparable: a tie that leaves out the same filters keeps the faster stream. */
const leftOut = (plan: { unapplied: readonly UnappliedFilter[] }) =>
  plan.unapplied
    .map((item) => `${item.kind}:${item.column}`)
    .sort()
    .join('\n');

/**
 * Which way the export asks for rows: the one asked for, unless the other applies more of the query (a stream
 * cannot take `users`; the v2 pages cannot take column filters). When each leaves out as much as the other
 * (`users` with a column filter: no endpoint takes both), the pages: they go where the table's list goes on such a
 * tie (the v2 endpoints), so the file leaves out the filter the table leaves out and holds the rows the table
 * shows, not rows filtered another way. JSON Lines always pages through the list. The engine and the dialog's "not
 * applied to the file" note both decide with this, so they never disagree.
 *
 * @example
 * ```ts
 * chooseExportRequest({ stream, paged }, 'stream', 'csv'); // { strategy: 'paged', plan: paged } when paged applies more
 * ```
 */
export function chooseExportRequest<Plan extends { unapplied: readonly UnappliedFilter[] }>(
  candidates: ExportRequestCandidates<Plan>,
  strategy: 'stream' | 'paged',
  format: ExportFormat,
): { strategy: 'stream' | 'paged'; plan: Plan } {
  const { stream, paged } = candidates;
  let chosen = strategy;
  if (format === 'jsonl') chosen = 'paged';
  else if (
    chosen === 'stream' &&
    (paged.unapplied.length < stream.unapplied.length ||
      (paged.unapplied.length === stream.unapplied.length && leftOut(paged) !== leftOut(stream)))
  )
    chosen = 'paged';
  else if (chosen === 'paged' && stream.unapplied.length < paged.unapplied.length) chosen = 'stream';
  return { strategy: chosen, plan: chosen === 'paged' ? paged : stream };
}
