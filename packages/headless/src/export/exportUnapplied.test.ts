import { describe, expect, it } from 'vitest';
import type { AuditExportProperty } from '../client/auditTypes.ts';
import { auditTimeMs } from '../client/parseAuditTime.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { exportColumns } from '../test-utils/exportFixtures.ts';
import { exportToMemory } from '../test-utils/exportToMemory.ts';
import { legacyListIgnoringRangeEnd } from '../test-utils/legacyListIgnoringRangeEnd.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import type { CsvExportProgress, DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// The report of a finished export is what a compliance officer reads beside the file: it must name every part of
// the query the file does not apply, whether the planner knew it before the first request or an answer showed it.

const server = setupMockBackend(650);

const ignoredRange = { kind: 'time', column: 'createdAt', values: [], reason: 'ignored-by-api' } as const;

/** More columns than the export endpoints take, so the CSV is written from the list's pages. */
const wideColumns: AuditExportProperty[] = [
  ...exportColumns,
  ...Array.from({ length: 100 }, (_, index) => ({ name: `field${index}`, displayName: `Field ${index}` })),
];

/** Each event's time in the file: JSON Lines' `createdAt`, or a CSV's first column. */
function timesIn(text: string, format: 'jsonl' | 'csv'): number[] {
  const lines = text.split(/\r?\n/).filter(Boolean);
  return format === 'jsonl'
    ? lines.map((line) => auditTimeMs((JSON.parse(line) as { createdAt: string }).createdAt)!)
    : lines.slice(1).map((line) => auditTimeMs(line.slice(0, line.indexOf(',')))!);
}

describe('the report of an export', () => {
  it.each([
    ['paged CSV', { strategy: 'paged' }],
    ['one-stream CSV', { strategy: 'stream' }],
    ['JSON Lines', { format: 'jsonl' }],
  ] as const)(
    'names an end that is not a date and time as unapplied, as the dialog does, and still ends at the snapshot (%s)',
    async (_way, way: Partial<DownloadAuditCsvOptions>) => {
      // The snapshot between the mock's events, so a file that ignored it would hold more rows.
      const middle = (await clientAs().list({ count: 1, offset: 300 })).data[0]!;
      const now = new Date(auditTimeMs(middle.createdAt)!);
      const query: AuditQuery = { ...defaultAuditQuery, time: { to: '2026-02-30' } };
      const { result } = await exportToMemory({ format: 'csv-plain', ...way, query, now });
      expect(result.status).toBe('done');
      expect(result.unapplied).toEqual([
        { kind: 'time', column: 'createdAt', values: ['2026-02-30'], reason: 'invalid-time' },
      ]);
      // The same rows as with no end at all: the snapshot's end applies in its place.
      const unbounded = await exportToMemory({ format: 'csv-plain', ...way, now });
      expect(unbounded.result.unapplied).toEqual([]);
      expect(result.rows).toBe(unbounded.result.rows);
      expect(result.rows).toBeGreaterThan(0);
      expect(result.rows).toBeLessThan(650);
    },
  );

  // The legacy list may not read the range's end (`$lt`): Frontegg's own portal sends only `$gt`.
  describe('from a legacy list that ignores the range’s end', () => {
    /** A range from long ago to the 250th newest event: later events lie outside it. */
    async function rangeEndingBeforeNewest(): Promise<{ query: AuditQuery; end: number }> {
      const edge = (await clientAs().listLegacy({ count: 1, offset: 249 })).data[0]!;
      const end = auditTimeMs(edge.createdAt)!;
      return {
        end,
        query: { ...defaultAuditQuery, time: { from: '2000-01-01', to: new Date(end).toISOString() } },
      };
    }

    it.each([
      // Oldest first: the count's one event lies inside the range, so only the pages show the range ignored.
      ['legacy JSON Lines, oldest first', 'jsonl', { legacy: true }, { sort: 'asc' }],
      [
        'legacy CSV of more columns than the export takes',
        'csv',
        { legacy: true, columns: wideColumns },
        { sort: 'asc' },
      ],
      // Newest first, the count's one event already lies after the end. Not `legacy`, but a column filter: only
      // the legacy list takes one, so the count and the pages come from it.
      ['JSON Lines with a column filter', 'jsonl', {}, { filters: { severity: ['Info', 'High', 'Medium'] } }],
    ] as const)(
      'says the time range was not applied, and keeps the events the list sent, as the table does (%s)',
      async (_name, format, options: Partial<DownloadAuditCsvOptions>, change) => {
        const { query: range, end } = await rangeEndingBeforeNewest();
        const query: AuditQuery = {
          ...range,
          ...('sort' in change && { sort: { column: 'createdAt', direction: change.sort } }),
          ...('filters' in change && { filters: change.filters }),
        };
        const way = { format: format === 'jsonl' ? 'jsonl' : 'csv-plain', query, ...options } as const;
        // Against a list that reads the end: nothing to report, and no event after it.
        const applied = await exportToMemory(way);
        expect(applied.result).toMatchObject({ status: 'done', unapplied: [] });
        expect(timesIn(applied.target.text(), format).every((ms) => ms <= end)).toBe(true);

        server.use(legacyListIgnoringRangeEnd(server.api));
        const reports: CsvExportProgress[] = [];
        const { result, target } = await exportToMemory({
          ...way,
          onProgress: (report) => reports.push(report),
        });
        expect(result.status).toBe('done');
        expect(result.unapplied).toEqual([ignoredRange]);
        expect(reports.at(-1)!.unapplied).toEqual([ignoredRange]);
        // Every event the list sent, counted as the file is held to: the ones after the end among them.
        const times = timesIn(target.text(), format);
        expect(times).toHaveLength(result.rows);
        expect(result.rows).toBe(result.total);
        expect(times.filter((ms) => ms > end).length).toBeGreaterThan(0);
        expect(result.rows).toBeGreaterThan(applied.result.rows);
      },
    );

    it('says nothing when only the snapshot’s end was crossed: no end of the user’s was ignored', async () => {
      server.use(legacyListIgnoringRangeEnd(server.api));
      const middle = (await clientAs().listLegacy({ count: 1, offset: 300 })).data[0]!;
      // A snapshot the mock's newer events lie after: the list sends them, inside a range with no end.
      const now = new Date(auditTimeMs(middle.createdAt)!);
      const query: AuditQuery = { ...defaultAuditQuery, time: { from: '2000-01-01' } };
      const { result } = await exportToMemory({ format: 'jsonl', legacy: true, query, now });
      expect(result).toMatchObject({ status: 'done', unapplied: [] });
    });
  });
});
