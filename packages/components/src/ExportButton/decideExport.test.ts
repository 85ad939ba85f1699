import { defaultAuditColumns, planExportTarget } from '@auditkit/headless';
import { describe, expect, it, vi } from 'vitest';
import { defaultMessages } from '../messages/defaultMessages.ts';
import { decideExport, type ExportInputs } from './decideExport.ts';

const visible = defaultAuditColumns.filter((column) => column.showInTable);
const inputs: ExportInputs = {
  chosen: { format: undefined, columns: 'visible', times: 'screen' },
  locale: 'en-US',
  timeZone: 'Europe/Berlin',
  columns: defaultAuditColumns,
  visibleColumns: visible,
  expectedRows: 240,
  messages: defaultMessages,
  target: 'download',
};

describe('decideExport', () => {
  it('settles the format from the locale until one is picked: a comma-decimal locale gets semicolons', () => {
    expect(decideExport(inputs).choice.format).toBe('csv');
    expect(decideExport({ ...inputs, locale: 'de-DE' }).choice.format).toBe('csv-semicolon');
    const picked = { ...inputs, locale: 'de-DE', chosen: { ...inputs.chosen, format: 'jsonl' as const } };
    expect(decideExport(picked).choice.format).toBe('jsonl');
  });

  it('asks for the visible columns in their order, or every column, with the timestamp columns named', () => {
    const { request } = decideExport(inputs);
    expect(request.columns).toEqual(visible.map(({ name, displayName }) => ({ name, displayName })));
    const all = decideExport({ ...inputs, chosen: { ...inputs.chosen, columns: 'all' } }).request;
    expect(all.columns).toHaveLength(defaultAuditColumns.length);
    expect(request.timeColumns).toEqual(
      defaultAuditColumns.filter((column) => column.type === 'Timestamp').map((column) => column.name),
    );
  });

  it('writes times in the screen’s zone, in UTC when asked, and in UTC for a zone Intl does not know', () => {
    expect(decideExport(inputs).request.timeZone).toBe('Europe/Berlin');
    expect(decideExport({ ...inputs, chosen: { ...inputs.chosen, times: 'utc' } }).request.timeZone).toBe(
      'UTC',
    );
    // Plain CSV is the server's, in UTC: the engine decides that whatever zone it is asked for (ExportButton's
    // test sees the `_UTC.csv` file), so the rule is not repeated here.
    const stale = decideExport({ ...inputs, timeZone: 'Mars/Olympus_Mons' });
    expect([stale.screenZone, stale.request.timeZone]).toEqual(['UTC', 'UTC']);
  });

  it('says where the file goes with its estimated size, in the locale', () => {
    const { method, destination } = decideExport({ ...inputs, expectedRows: 100_000 });
    expect(method).toBe('download');
    expect(destination).toMatch(/^Saved as a normal download \(about [\d.,]+\s?MB\)\.$/);
    const host = decideExport({ ...inputs, target: new WritableStream() });
    expect([host.method, host.destination]).toEqual(['stream', defaultMessages.exportToHost]);
  });

  it('warns before the click when a browser without a file picker would build a big file in memory', () => {
    const big = { ...inputs, target: 'auto' as const, expectedRows: 2_000_000 };
    vi.stubGlobal('showSaveFilePicker', undefined);
    try {
      const { method, destination } = decideExport(big);
      expect(method).toBe('download');
      expect(destination).toMatch(
        /^Saved as a normal download \(about [\d.,]+\s?[MG]B\)\. This browser cannot save/,
      );
      // JSON Lines: its size does not depend on the columns, so only a shorter range is offered.
      const jsonl = decideExport({ ...big, chosen: { ...big.chosen, format: 'jsonl' } }).destination;
      expect(jsonl).toMatch(/a shorter time range is safer\.$/);
      expect(jsonl).not.toMatch(/columns/);
      // Small enough to hold: no warning.
      expect(decideExport({ ...big, expectedRows: 100 }).destination).toMatch(
        /^Saved as a normal download \([^)]*\)\.$/,
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('decides where the file goes as the export engine will, counting the same columns', () => {
    // Just under the in-memory limit for the chosen columns: the engine downloads from memory, so the dialog must
    // not say "you choose where to save" (it counted one column more).
    const auto = { ...inputs, target: 'auto' as const, expectedRows: 1000 };
    const { request } = decideExport(auto);
    const limit = planExportTarget({
      expectedRows: 1000,
      columnCount: request.columns.length,
    }).estimatedBytes!;
    const decided = decideExport({ ...auto, inMemoryLimitBytes: limit });
    const engine = planExportTarget({
      target: 'auto',
      expectedRows: 1000,
      columnCount: request.columns.length,
      inMemoryLimitBytes: limit,
    });
    expect(decided.method).toBe(engine.method);
  });
});
