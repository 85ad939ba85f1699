// An export of the mock backend's events into memory, with the columns the export suites ask for: what several
// Node suites run again and again, each with its own options on top.
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from '../export/downloadAuditCsv.ts';
import { exportColumns, memoryTarget } from './exportFixtures.ts';
import { clientAs } from './mockBackend.ts';

/** Exports the signed-in tenant's events (every one, `exportColumns`) into a memory target, `options` on top. */
export async function exportToMemory(options: Partial<DownloadAuditCsvOptions>) {
  const target = memoryTarget();
  const result = await downloadAuditCsv({
    client: clientAs(),
    query: defaultAuditQuery,
    columns: exportColumns,
    target: target.stream,
    ...options,
  });
  return { result, target };
}
