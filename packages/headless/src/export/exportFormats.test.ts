import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../client/auditTypes.ts';
import { defaultAuditQuery, type AuditQuery } from '../query/AuditQuery.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { clientAs, setupMockBackend } from '../test-utils/mockBackend.ts';
import { createCsvRewriter } from './createCsvRewriter.ts';
import { csvFileTransforms } from './csvFileTransforms.ts';
import { downloadAuditCsv, type DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { spreadsheetFormatForLocale } from './exportFormat.ts';
import { isFormulaCell } from './formulaCell.ts';
import { parseExportTime } from './parseExportTime.ts';
import { spreadsheetValue } from '../test-utils/spreadsheetValue.ts';
import { chunked, pipeChunks as pipe } from '../test-utils/chunkedBytes.ts';
import { exportToMemory } from '../test-utils/exportToMemory.ts';

setupMockBackend(900);
const encoder = new TextEncoder();
const now = new Date();
const zones = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];

/** RFC 4180 as the contract says the server writes it. */
const serverField = (value: string) =>
  /[",\r\n]/.test(value) || /^ | $/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
const serverCsv = (rows: readonly (readonly string[])[]) =>
  rows.map((row) => row.map(serverField).join(',') + '\r\n').join('');

const parse = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text, { delimiter, newline: '\r\n' }).data.slice(0, -1);

// Any text a cell can hold: the delimiters, quotes, line breaks, spaces at the ends, formula triggers, non-ASCII.
const cellText = fc.string({
  unit: fc.constantFrom(
    ...['a', 'Z', '7', '1', ',', ';', '"', '\r', '\n', ' ', '=', '-', '+', '@', '’', 'ع', '😀', '\t', '.'],
  ),
  maxLength: 12,
});
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
// The forms a time cell arrives in: ISO with Z (the mock), Frontegg's zone-less UTC, with an offset.
const timeText = fc.tuple(instant, fc.constantFrom('iso', 'frontegg', 'offset')).map(([ms, form]) => {
  const iso = new Date(ms).toISOString();
  if (form === 'iso') return iso;
  if (form === 'frontegg') return iso.slice(0, 23).replace('T', ' ');
  const shifted = new Date(ms + 5.5 * 3_600_000).toISOString().slice(0, 23);
  return `${shifted}+05:30`;
});
// Numbers as the server writes them (`42`, `-12.5`, `+3`): they must stay numbers.
const numberText = fc
  .tuple(fc.constantFrom('', '-', '+'), fc.nat(), fc.option(fc.nat(), { nil: undefined }))
  .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`);
const cell = fc.oneof(cellText, numberText);
const serverRows = fc.array(fc.tuple(timeText, cell, cell), { maxLength: 25 });

/** What a spreadsheet file holds for a server value (`spreadsheetValue`), with a `;` file's decimal comma. */
const expectedCell = (value: string, delimiter: ',' | ';', last: boolean) =>
  delimiter === ';' && /^[-+]?\d+\.\d+$/.test(value)
    ? value.replace('.', ',')
    : spreadsheetValue(value, delimiter, { first: false, last });

describe('streaming transforms (property)', () => {
  it('re-delimited and time-rewritten, any server CSV parses back to the same values, times the same instants, chunked anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        serverRows,
        fc.constantFrom(...zones),
        fc.constantFrom<'csv' | 'csv-semicolon'>('csv', 'csv-semicolon'),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (rows, timeZone, format, cuts) => {
          const delimiter = format === 'csv' ? ',' : ';';
          const input = [['Time', 'User', 'Note'], ...rows];
          const bytes = encoder.encode(serverCsv(input));
          let records = 0;
          // The engine's own pipeline for the format: time rewriter, BOM, neutraliser, re-delimiter.
          const out = await pipe(
            chunked(bytes, cuts),
            ...csvFileTransforms({
              format,
              timeZone,
              timeColumns: [0],
              onRecords: (count) => void (records = count),
            }),
          );
          expect([...out.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
          expect(out[3]).not.toBe(0xef);
          const back = parse(new TextDecoder().decode(out), delimiter);
          expect(back[0]).toEqual([`Time (${timeZone})`, 'UTC offset (Time)', 'User', 'Note']);
          expect(back).toHaveLength(input.length);
          expect(records).toBe(input.length);
          rows.forEach(([time, user, note], index) => {
            const [local, offset, ...rest] = back[index + 1]!;
            expect(rest).toEqual([expectedCell(user, delimiter, false), expectedCell(note, delimiter, true)]);
            expect(local).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}$/);
            expect(parseExportTime(`${local}${offset!.replace(/^UTC/, '')}`)).toBe(parseExportTime(time));
          });
          // Not one cell a spreadsheet would run: the only ones starting with a sign are a `;` file's decimals
          // (`+0,5`), numbers where `;` separates fields (LibreOffice's test opens them as numbers).
          const signedDecimal = delimiter === ';' ? /^[-+]\d+,\d+$/ : /^$/;
          expect(back.flat().filter((cell) => isFormulaCell(cell) && !signedDecimal.test(cell))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('re-delimiting alone keeps every value of any CSV, however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (rows, cuts) => {
          // A one-column record of one empty cell is an empty line: the parser skips none of them.
          const out = await pipe(
            chunked(encoder.encode(serverCsv(rows)), cuts),
            createCsvRewriter({ delimiter: ';' }),
          );
          expect(parse(new TextDecoder().decode(out), ';')).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// A spreadsheet set to the other list separator splits a line there too: Excel in a German locale opens a comma
// file on `;`, one in an English locale opens a `;` file on `,`; a quote in the middle of its cell is a character.
describe('the formats a spreadsheet opens with the other separator', () => {
  /** The file `format` writes from the server's CSV `text` (no times rewritten, no mark), cut at `cuts`. */
  const file = async (format: 'csv' | 'csv-semicolon' | 'csv-plain', text: string, cuts: number[] = []) =>
    new TextDecoder().decode(
      await pipe(
        chunked(encoder.encode(text), cuts),
        ...csvFileTransforms({ format, timeZone: 'UTC', timeColumns: [], byteOrderMark: false }),
      ),
    );

  it("neutralises the reviewer's rows: `x;=cmd…` in a comma file, `a,=b` in a `;` file", async () => {
    const row = "login,x;=cmd|' /C calc'!A0\r\n";
    expect(await file('csv', row)).toBe("login,x;'=cmd|' /C calc'!A0\r\n");
    expect(await file('csv-semicolon', 'h,i\r\nx,"a,=b"\r\n')).toBe("h;i\r\nx;a,'=b\r\n");
    // Plain CSV passes the server's bytes as they are.
    expect(await file('csv-plain', row)).toBe(row);
  });

  it('neutralises a quoted field holding `;=1+2` in a comma file, and leaves `1;-3` a number', async () => {
    expect(await file('csv', 'h,i\r\n"x;=1+2, y",1;-3\r\n')).toBe('h,i\r\n"x;\'=1+2, y",1;-3\r\n');
    expect(await file('csv-semicolon', 'h,i\r\n"1,-3",x;y\r\n"a,=1","1,-3"\r\n')).toBe(
      'h;i\r\n1,\'-3;"x;y"\r\na,\'=1;1,-3\r\n',
    );
  });

  it("writes the same file, however the server's text is cut", async () => {
    const text = 'h,i\r\nlogin,x;=cmd\r\n"a,=b","c;-1;@d"\r\n"e;""=f""",g;+1\r\n';
    const comma = await file('csv', text);
    const semicolon = await file('csv-semicolon', text);
    expect(comma).toBe('h,i\r\nlogin,x;\'=cmd\r\n"a,=b",c;-1;\'@d\r\n"e;""\'=f""",g;+1\r\n');
    expect(semicolon).toBe('h;i\r\nlogin;"x;=cmd"\r\na,\'=b;"c;-1;@d"\r\n"e;""=f""";"g;+1"\r\n');
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await file('csv', text, [cut])).toBe(comma);
      expect(await file('csv-semicolon', text, [cut])).toBe(semicolon);
    }
  });

  // Read on the other separator, a quoted field's opening quote is in the middle of a cell (`login,"a`), so a
  // line break in the field ends that spreadsheet's line and the next line starts a cell.
  it.each(['\n', '\r\n', '\r'])(
    'neutralises a line of a quoted field that starts with a trigger (line break %j), in either format',
    async (eol) => {
      const text = `h,i\r\nlogin,"a${eol}=1+2"\r\n"x;y${eol}-3","1${eol}-3"\r\n`;
      expect(await file('csv', text)).toBe(`h,i\r\nlogin,"a${eol}'=1+2"\r\n"x;y${eol}'-3","1${eol}-3"\r\n`);
      expect(await file('csv-semicolon', text)).toBe(
        `h;i\r\nlogin;"a${eol}'=1+2"\r\n"x;y${eol}'-3";"1${eol}-3"\r\n`,
      );
      expect(await file('csv-plain', text)).toBe(text);
    },
  );

  it("writes the same lines, however the server's text is cut", async () => {
    const text =
      'h,i\r\nlogin,"a\r\n=1+2"\r\n"Changes:\r\n- Admin\r\n+ Viewer\r\n\r\n-12.5",x\r\n"\n@y\r-z","q\n 1"\r\n';
    const comma = await file('csv', text);
    const semicolon = await file('csv-semicolon', text);
    expect(comma).toBe(
      'h,i\r\nlogin,"a\r\n\'=1+2"\r\n"Changes:\r\n\'- Admin\r\n\'+ Viewer\r\n\r\n\'-12.5",x\r\n' +
        '"\'\n\'@y\r\'-z","q\n 1"\r\n',
    );
    expect(semicolon).toBe(
      'h;i\r\nlogin;"a\r\n\'=1+2"\r\n"Changes:\r\n\'- Admin\r\n\'+ Viewer\r\n\r\n\'-12.5";x\r\n' +
        '"\'\n\'@y\r\'-z";"q\n 1"\r\n',
    );
    for (let cut = 0; cut <= text.length; cut++) {
      expect(await file('csv', text, [cut])).toBe(comma);
      expect(await file('csv-semicolon', text, [cut])).toBe(semicolon);
    }
  });
});

const exportWith = (options: Partial<DownloadAuditCsvOptions>) => exportToMemory({ now, ...options });

describe('export formats', () => {
  it('CSV for spreadsheets in a `;` region: BOM, `;`, times in the zone with their offset, formulas neutralised', async () => {
    const { result, target } = await exportWith({ format: 'csv-semicolon', timeZone: 'Europe/Paris' });
    const plain = await exportWith({ format: 'csv-plain' });
    expect([...target.bytes().slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(result.fileName).toMatch(/_Europe-Paris\.csv$/);
    const rows = parse(target.text(), ';');
    const raw = parse(plain.target.text(), ',');
    expect(rows[0]).toEqual([
      'Time (Europe/Paris)',
      'UTC offset (Time)',
      'User',
      'Action',
      'Description',
      'Severity',
    ]);
    expect(rows).toHaveLength(raw.length);
    expect(result.rows).toBe(raw.length - 1);
    let neutralised = 0;
    raw.slice(1).forEach(([time, ...rest], index) => {
      const [local, offset, ...values] = rows[index + 1]!;
      expect(offset).toMatch(/^UTC\+0[12]:00$/);
      expect(parseExportTime(`${local}${offset!.slice(3)}`)).toBe(parseExportTime(time!));
      rest.forEach((value, column) => {
        if (isFormulaCell(value)) neutralised++;
        // A `'` before a formula, and before each piece of it a spreadsheet reading `,` starts a cell with: the
        // mock's `\r=cr-led formula` is `'\r'=cr-led formula`.
        expect(values[column]).toBe(expectedCell(value, ';', column === rest.length - 1));
      });
    });
    expect(neutralised).toBeGreaterThan(0);
  });

  it('keeps UTC when asked, and plain CSV stays exactly what the server sent', async () => {
    const { target } = await exportWith({ format: 'csv', timeZone: 'UTC' });
    const first = parse(target.text(), ',')[1]!;
    expect(first[1]).toBe('UTC+00:00');
    const plain = await exportWith({ format: 'csv-plain', timeZone: 'Asia/Tokyo' });
    expect(plain.result.fileName).toMatch(/_UTC\.csv$/);
    expect(plain.target.text().startsWith('Time,User,')).toBe(true);
    expect(plain.target.bytes()[0]).toBe('T'.charCodeAt(0));
  });

  it('JSON Lines of a filtered export holds exactly the matching events, in order, with every field', async () => {
    const query: AuditQuery = {
      ...defaultAuditQuery,
      search: 'e',
      filters: { severity: ['Info', 'High', 'Critical'] },
      sort: { column: 'createdAt', direction: 'asc' },
    };
    const { result, target } = await exportWith({ query, format: 'jsonl', timeZone: 'America/New_York' });
    expect(result.fileName).toMatch(/_America-New_York\.jsonl$/);
    const lines = target.text().split('\n');
    expect(lines.pop()).toBe('');
    const events = lines.map((line) => JSON.parse(line) as AuditEvent);
    expect(result).toMatchObject({ status: 'done', rows: events.length, total: events.length });
    expect(events.length).toBeGreaterThan(200);

    // The same filters through the one-stream CSV export, an independent path on the server.
    const csv = await exportWith({ query, format: 'csv-plain' });
    const rows = parse(csv.target.text(), ',').slice(1);
    expect(events.map((event) => [event.email ?? '', event.action ?? '', event.severity])).toEqual(
      rows.map((row) => [row[1], row[2], row[4]]),
    );
    events.forEach((event, index) => {
      expect(event.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}-0[45]:00$/);
      expect(parseExportTime(event.createdAt)).toBe(parseExportTime(rows[index]![0]!));
      expect(['Info', 'High', 'Critical']).toContain(event.severity);
    });

    // Every field, typed: each line is the list API's event (times aside).
    const listed: AuditEvent[] = [];
    for (let offset = 0; offset < events.length; offset += 200) {
      const page = await clientAs().list({
        count: 200,
        offset,
        filter: 'e',
        filters: { severity: ['Info', 'High', 'Critical'] },
        sortBy: 'createdAt',
        sortDirection: 'asc',
        createdTo: now.toISOString(),
      });
      listed.push(...page.data);
    }
    expect(events.map(({ createdAt: _time, ...rest }) => rest)).toEqual(
      listed.map(({ createdAt: _time, ...rest }) => rest),
    );
    expect(new Set(events.map((event) => event.frontegg_id)).size).toBe(events.length);
    expect(events.some((event) => typeof event.json === 'object' && event.json !== null)).toBe(true);
  });

  it('JSON Lines keeps to the pinned snapshot: an event recorded after the export started is not in the file', async () => {
    const client = clientAs();
    const query: AuditQuery = { ...defaultAuditQuery, filters: { severity: ['Critical'] } };
    const snapshot = new Date(Date.now() - 5);
    // Recorded after the snapshot, matching the filters, and newest first: without the pin it would lead the file.
    await client.create({ severity: 'Critical', action: 'Late arrival', description: 'after' });
    const target = memoryTarget();
    const result = await downloadAuditCsv({
      client,
      query,
      columns: exportColumns,
      target: target.stream,
      format: 'jsonl',
      now: snapshot,
    });
    const events = target
      .text()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as AuditEvent);
    expect(events.length).toBeGreaterThan(0);
    expect(result).toMatchObject({ status: 'done', rows: events.length, total: events.length });
    expect(events.map((event) => event.action)).not.toContain('Late arrival');
    expect(events.every((event) => parseExportTime(event.createdAt) <= snapshot.getTime())).toBe(true);
    // Without the pin the same filters hold it: the file left it out because of the snapshot alone.
    const unpinned = await client.list({ count: 1, offset: 0, filters: { severity: ['Critical'] } });
    expect(unpinned.total).toBe(events.length + 1);
    expect(unpinned.data[0]?.action).toBe('Late arrival');
  });

  it('chooses `;` for locales that write a decimal comma', () => {
    expect(spreadsheetFormatForLocale('de-DE')).toBe('csv-semicolon');
    expect(spreadsheetFormatForLocale('fr-FR')).toBe('csv-semicolon');
    expect(spreadsheetFormatForLocale('en-US')).toBe('csv');
    expect(spreadsheetFormatForLocale('ja-JP')).toBe('csv');
    expect(spreadsheetFormatForLocale('not a locale!')).toBe('csv');
  });

  it('refuses an unknown time zone or format before asking the server anything', async () => {
    await expect(exportWith({ timeZone: 'Nowhere/Land' })).rejects.toThrow(
      /Unknown time zone "Nowhere\/Land"/,
    );
    await expect(exportWith({ format: 'xlsx' as never })).rejects.toThrow(/Unknown export format "xlsx"/);
  });
});
