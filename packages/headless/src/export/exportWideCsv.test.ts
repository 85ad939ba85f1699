import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditExportProperty } from '../client/auditTypes.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';
import { exportToMemory } from '../test-utils/exportToMemory.ts';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';

// The export endpoints take at most 100 columns (the contract's "Export: body and response"); a vendor may have
// more. An export of more is written from the list's pages, and must be the file the server's CSV would have
// given: same header, same rows, same quoting, times and neutralised formulas.

const server = setupMockBackend(450);
const requests = recordRequests(server);

const documented: AuditExportProperty[] = [
  { name: 'createdAt', displayName: 'Time', type: 'Timestamp' },
  { name: 'email', displayName: 'User' },
  { name: 'action', displayName: 'Action' },
  { name: 'description', displayName: 'Description, long' },
  { name: 'severity', displayName: 'Severity' },
  { name: 'json', displayName: 'Json Data' },
  { name: 'frontegg_id', displayName: 'Id' },
];
// 130 columns: the documented ones, the two a plain object has on its prototype, and vendor fields.
const columns: AuditExportProperty[] = [
  ...documented,
  { name: '__proto__', displayName: 'Proto' },
  { name: 'constructor', displayName: 'Constructor' },
  ...Array.from({ length: 121 }, (_, index) => ({ name: `field${index}`, displayName: `Field ${index}` })),
];

/** Events with a value in every vendor field, some of them hard to write. */
async function createWideEvents() {
  const client = clientAs();
  const fields = (tag: string) =>
    Object.fromEntries(columns.slice(9).map(({ name }, index) => [name, `${tag}-${index}`]));
  await client.create({
    severity: 'High',
    action: 'Wide, "quoted"\r\nand broken',
    description: '=HYPERLINK("https://evil.example")',
    json: { before: { role: 'viewer' }, after: [1, 'two'] },
    ...fields('a'),
    // A computed key: an own field named `__proto__`, as JSON.parse gives it.
    ['__proto__']: 'proto value',
    field3: ' padded ',
    field4: 42,
    field5: null,
  });
  await client.create({ severity: 'Info', action: 'Narrow', ...fields('b'), constructor: 'built' });
}

const parse = (text: string, delimiter = ',') =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n' }).data.slice(0, -1);

async function exportOf(columnsOf: AuditExportProperty[], options: Partial<DownloadAuditCsvOptions>) {
  const { result, target } = await exportToMemory({ columns: columnsOf, ...options });
  return { result, text: target.text() };
}

describe('CSV export of more columns than the export endpoints take', () => {
  it.each([
    ['csv', 'stream'],
    ['csv', 'paged'],
    ['csv-plain', 'stream'],
    ['csv-semicolon', 'paged'],
  ] as const)(
    'writes every row with all 130 columns, as the server would (%s, %s)',
    async (format, strategy) => {
      await createWideEvents();
      const now = new Date(Date.now() + 1000);
      const options = { format, strategy, now, timeZone: 'Europe/Paris' };
      const wide = await exportOf(columns, options);
      expect(wide.result.status).toBe('done');
      const delimiter = format === 'csv-semicolon' ? ';' : ',';
      const rows = parse(wide.text, delimiter);
      const header = rows[0]!;
      const plain = format === 'csv-plain';
      expect(header).toEqual([
        plain ? 'Time' : 'Time (Europe/Paris)',
        ...(plain ? [] : ['UTC offset (Time)']),
        ...columns.slice(1).map((column) => column.displayName),
      ]);
      expect(rows).toHaveLength(wide.result.total! + 1);
      expect(wide.result.rows).toBe(wide.result.total);
      expect(wide.result.total).toBe(452);
      for (const row of rows) expect(row).toHaveLength(header.length);

      // Cells by header, the newest (created last) first.
      const cell = (row: string[], name: string) => row[header.indexOf(name)];
      const [narrow, hard] = [rows[1]!, rows[2]!];
      expect(cell(narrow, 'Action')).toBe('Narrow');
      expect(cell(narrow, 'Constructor')).toBe('built');
      expect(cell(narrow, 'Proto')).toBe('');
      expect(cell(hard, 'Action')).toBe('Wide, "quoted"\r\nand broken');
      expect(cell(hard, 'Description, long')).toBe(
        plain ? '=HYPERLINK("https://evil.example")' : `'=HYPERLINK("https://evil.example")`,
      );
      expect(cell(hard, 'Proto')).toBe('proto value');
      expect(cell(hard, 'Constructor')).toBe('');
      expect(cell(hard, 'Json Data')).toBe('{"before":{"role":"viewer"},"after":[1,"two"]}');
      expect(cell(hard, 'Field 0')).toBe('a-0');
      expect(cell(hard, 'Field 3')).toBe(' padded ');
      expect(cell(hard, 'Field 4')).toBe('42');
      expect(cell(hard, 'Field 5')).toBe('');
      expect(cell(hard, 'Field 120')).toBe('a-120');

      // Every cell as the server's own CSV gives it for the same snapshot, asked for in two requests of at most
      // 100 columns (which go to the export endpoints as before).
      const first = await exportOf(columns.slice(0, 100), options);
      const rest = await exportOf([columns[6]!, ...columns.slice(100)], options);
      const left = parse(first.text, delimiter);
      const right = parse(rest.text, delimiter);
      expect(left).toHaveLength(rows.length);
      expect(right).toHaveLength(rows.length);
      rows.forEach((row, index) => {
        // The right half repeats the id column, to show both halves are the same event.
        expect(right[index]![0]).toBe(left[index]![plain ? 6 : 7]);
        expect(row).toEqual([...left[index]!, ...right[index]!.slice(1)]);
      });
    },
  );

  it('still asks the server for the CSV of 100 columns', async () => {
    const { result, text } = await exportOf(columns.slice(0, 100), { format: 'csv-plain' });
    expect(result.status).toBe('done');
    expect(parse(text)[0]).toEqual(columns.slice(0, 100).map((column) => column.displayName));
    const exports = requests.filter(
      (request) => request.method === 'POST' && /\/export\/csv/.test(request.url),
    );
    expect(exports.length).toBeGreaterThan(0);
  });

  it('writes the header row alone when nothing matches', async () => {
    const { result, text } = await exportOf(columns, {
      format: 'csv-plain',
      query: { ...defaultAuditQuery, search: 'nothing matches this' },
    });
    expect(result).toMatchObject({ status: 'done', rows: 0, total: 0 });
    expect(parse(text)).toEqual([columns.map((column) => column.displayName)]);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);
  });
});
