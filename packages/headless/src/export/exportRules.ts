import { toListParams } from '../query/toListParams.ts';
import { chooseExportRequest } from './chooseExportRequest.ts';
import type { ExportRules } from './exportAuditEvents.ts';
import { exportTimeColumns } from './exportTimeColumns.ts';
import { planExportTarget } from './planExportTarget.ts';

/**
 * The rules both `downloadAuditCsv`s hand the export engine (the package root's, which fetches the engine on demand,
 * and the eager one of `@auditkit/headless/export`): one object, so a rule added to `ExportRules` reaches both.
 */
export const exportRules: ExportRules = {
  planExportTarget,
  chooseExportRequest,
  toListParams,
  exportTimeColumns,
};
