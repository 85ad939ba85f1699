// The exported files opened in a real spreadsheet (LibreOffice Calc, headless): what a person sees after a
// double-click, checked cell by cell against the server's own data.
import {
  createAuditClient,
  defaultAuditQuery,
  downloadAuditCsv,
  type AuditExportProperty,
  type DownloadAuditCsvOptions,
} from '@auditkit/headless';
import { createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api';
import { createMockServer } from '@auditkit/mock-api/node';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetValue } from '../../packages/headless/src/test-utils/spreadsheetValue.ts';
import { openCsvInCalc, type CalcCell } from './openInCalc.ts';

const server = createMockServer(createMockAuditApi({ seed: 17, eventsPerTenant: 1500 }));
const client = createAuditClient({
  baseUrl: 'https://api.frontegg.test',
  getToken: () => demoToken(demoIdentities.tenantAAdmin),
});
const columns: AuditExportProperty[] = [
  { name: 'createdAt', displayName: 'Time' },
  { name: 'user', displayName: 'Name' },
  { name: 'action', displayName: 'Action' },
  { name: 'description', displayName: 'Description' },
  { name: 'severity', displayName: 'Severity' },
  { name: 'json', displayName: 'Json Data' },
];
let now: Date;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Cells a spreadsheet would run, and plain numbers that must stay numbers.
  await client.create({
    severity: 'High',
    action: '=HYPERLINK("https://evil.example","Open")',
    description: '-12.5',
  });
  await client.create({ severity: 'High', action: '@SUM(1+9)', description: '+3' });
  await client.create({ severity: 'Info', action: 'Counted', description: '42' });
  // The snapshot of every export below, after the events above.
  now = new Date(Date.now() + 1000);
});
afterAll(() => server.close());

async function exported(options: Partial<DownloadAuditCsvOptions>) {
  const chunks: Uint8Array[] = [];
  const result = await downloadAuditCsv({
    client,
    query: defaultAuditQuery,
    columns,
    now,
    target: new WritableStream({ write: (chunk) => void chunks.push(chunk) }),
    ...options,
  });
  return { result, bytes: new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer()) };
}

/** The server's data: the plain CSV, parsed. */
async function serverRows(): Promise<string[][]> {
  const { bytes } = await exported({ format: 'csv-plain' });
  return Papa.parse<string[]>(new TextDecoder().decode(bytes), { newline: '\r\n' }).data.slice(1, -1);
}

/** Wall-clock time of an instant in a zone, as Calc stores a date-time (independently of the engine). */
function wallClock(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`;
}

function checkSheet(sheet: CalcCell[][], raw: string[][], timeZone: string, separator: ',' | ';') {
  const [header, ...rows] = sheet;
  expect(header?.map((cell) => cell.text)).toEqual([
    `Time (${timeZone})`,
    'UTC offset (Time)',
    'Name',
    'Action',
    'Description',
    'Severity',
    'Json Data',
  ]);
  expect(rows).toHaveLength(raw.length);
  // Not one cell holds a formula.
  expect(sheet.flat().filter((cell) => cell.formula !== undefined)).toEqual([]);
  rows.forEach((row, index) => {
    const [time, name, action, description, severity, json] = raw[index]!;
    // Every row splits into the right columns.
    expect(row.length).toBeLessThanOrEqual(7);
    // The time is a date-time in the chosen zone (Calc drops the milliseconds' last digit: compare seconds).
    expect(row[0]!.type).toBe('date');
    // Calc writes a date-time at midnight as the date alone (`2026-08-22`): the same instant.
    const cellValue = row[0]!.value ?? '';
    const dateTime = cellValue.length === 10 ? `${cellValue}T00:00:00` : cellValue.slice(0, 19);
    expect(dateTime).toBe(wallClock(time!, timeZone));
    expect(row[1]!.text).toMatch(/^UTC[+-]\d\d:\d\d$/);
    // Calc keeps line breaks inside a cell as LF, whichever the file held, and cannot hold a NUL at all.
    const text = (cell: CalcCell | undefined) => cell?.text ?? '';
    const shown = (value: string) => value.replace(/\r\n?/g, '\n').replace(/\0/g, '');
    expect(text(row[2])).toBe(shown(name!));
    expect(text(row[5])).toBe(shown(severity!));
    // A formula cell is shown as text with the apostrophe (and one more wherever a spreadsheet set to the other
    // separator would start a formula cell: `spreadsheetValue`); everything else exactly as sent.
    for (const [cell, value, endsRecord] of [
      [row[3], action, false],
      [row[4], description, false],
      [row[6], json, true],
    ] as const) {
      if (/^[-+]?\d+(\.\d+)?$/.test(value!)) {
        expect(cell?.type, `"${value}" stays a number`).toBe('float');
        expect(Number(cell?.value)).toBe(Number(value));
      } else {
        expect(text(cell)).toBe(
          shown(spreadsheetValue(value!, separator, { first: false, last: endsRecord })),
        );
      }
    }
  });
}

describe('exports opened in LibreOffice Calc', () => {
  let raw: string[][];
  beforeAll(async () => {
    raw = await serverRows();
    expect(raw.length).toBeGreaterThan(1000);
    expect(raw.map((row) => row[3])).toEqual(expect.arrayContaining(['-12.5', '+3', '42']));
  });

  it('CSV for spreadsheets: names intact, no formula, numbers stay numbers, times are date-times in the zone', async () => {
    const { bytes, result } = await exported({ format: 'csv', timeZone: 'America/New_York' });
    const sheet = await openCsvInCalc(bytes, result.fileName, { separator: ',', language: 1033 });
    checkSheet(sheet, raw, 'America/New_York', ',');
    const names = new Set(sheet.slice(1).map((row) => row[2]?.text));
    expect(names).toContain('Sam O’Neil');
    expect(names).toContain('نور الهدى');
    expect(sheet.slice(1).some((row) => row[3]?.text === `'=HYPERLINK("https://evil.example","Open")`)).toBe(
      true,
    );
    expect(
      sheet
        .slice(1)
        .filter((row) => row[4]?.type === 'float')
        .map((row) => Number(row[4]?.value)),
    ).toEqual(expect.arrayContaining([-12.5, 3, 42]));
  });

  it('`;` CSV opened in a German-language Calc splits into the right columns, with the same checks', async () => {
    const { bytes, result } = await exported({ format: 'csv-semicolon', timeZone: 'Europe/Berlin' });
    const sheet = await openCsvInCalc(bytes, result.fileName, { separator: ';', language: 1031 });
    checkSheet(sheet, raw, 'Europe/Berlin', ';');
    expect(
      sheet
        .slice(1)
        .filter((row) => row[4]?.type === 'float')
        .map((row) => Number(row[4]?.value)),
    ).toEqual(expect.arrayContaining([-12.5, 3, 42]));
    // JSON payloads are full of commas: one cell each all the same.
    expect(sheet.slice(1).filter((row) => row[6]?.text.startsWith('{')).length).toBeGreaterThan(100);
  });

  it('keeping UTC writes the server’s instants as UTC date-times', async () => {
    const { bytes, result } = await exported({ format: 'csv', timeZone: 'UTC' });
    expect(result.fileName).toMatch(/_UTC\.csv$/);
    const sheet = await openCsvInCalc(bytes, result.fileName, { separator: ',', language: 1033 });
    checkSheet(sheet, raw, 'UTC', ',');
  });

  it('the raw server stream is what the neutraliser protects against: Calc evaluates its formulas', async () => {
    const { bytes, result } = await exported({ format: 'csv-plain' });
    const sheet = await openCsvInCalc(bytes, result.fileName, { separator: ',', language: 1033 });
    expect(sheet.flat().filter((cell) => cell.formula !== undefined).length).toBeGreaterThan(0);
  });
});
