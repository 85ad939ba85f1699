// What the CSV engine's tests in Node and in Chromium both need: the columns they export, a target that keeps what
// it was given, and an export started into one. No Node or DOM-only APIs, so the same file serves both projects.
import type { AuditClient } from '../client/createAuditClient.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from '../export/downloadAuditCsv.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';

/** The columns both export suites ask for, in the order they expect them in the file. */
export const exportColumns = [
  { name: 'createdAt', displayName: 'Time' },
  { name: 'email', displayName: 'User' },
  { name: 'action', displayName: 'Action' },
  { name: 'description', displayName: 'Description' },
  { name: 'severity', displayName: 'Severity' },
];

/** A WritableStream target that keeps what it got and whether it was closed or aborted (with what reason). */
export function memoryTarget() {
  const chunks: Uint8Array[] = [];
  const state = { closed: false, aborted: undefined as unknown };
  const stream = new WritableStream<Uint8Array>({
    write: (chunk) => void chunks.push(chunk),
    close: () => void (state.closed = true),
    abort: (reason) => void (state.aborted = reason ?? 'aborted'),
  });
  const bytes = () => {
    const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
    let offset = 0;
    for (const chunk of chunks) {
      all.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return all;
  };
  return { stream, state, bytes, text: () => new TextDecoder().decode(bytes()) };
}

/**
 * An export of the default query's events with {@link exportColumns} into a {@link memoryTarget}, started and not
 * awaited (a test may act while it runs); `options` override any of that.
 */
export function startExport(client: AuditClient, options: Partial<DownloadAuditCsvOptions>) {
  const target = memoryTarget();
  const pending = downloadAuditCsv({
    client,
    query: defaultAuditQuery,
    columns: exportColumns,
    target: target.stream,
    ...options,
  });
  return { pending, target };
}
