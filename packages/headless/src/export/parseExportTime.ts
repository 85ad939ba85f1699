import { auditTimeMs } from '../client/parseAuditTime.ts';

/**
 * The instant of a timestamp as the audits API writes it, in epoch milliseconds: ISO 8601 with `Z` or an offset,
 * or without a zone (read as UTC, as Frontegg means it). `NaN` when the text is not such a timestamp. The export's
 * name for headless's one timestamp parser (`auditTimeMs`), so a file and the table never read a time differently.
 *
 * @example
 * parseExportTime('2021-04-07 10:50:40.201'); // Date.UTC(2021, 3, 7, 10, 50, 40, 201)
 */
export function parseExportTime(text: string): number {
  // A cell of a time column is rewritten only when it is a full timestamp: a bare date or padded text is data.
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d/.test(text) || text.trim() !== text) return Number.NaN;
  return auditTimeMs(text) ?? Number.NaN;
}
