// Opens a file with LibreOffice Calc as a person would (headless), and reads back each cell's type and value from
// the flat ODF spreadsheet Calc writes: what the spreadsheet made of the file, not what the file says.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

/** A cell as Calc holds it. */
export interface CalcCell {
  /** `string`, `float`, `date`, `percentage`, … */
  type: string;
  /** The displayed text. */
  text: string;
  /** The typed value: the number, or the ISO date-time for dates. */
  value: string | undefined;
  /** Set when Calc holds a formula in the cell. */
  formula: string | undefined;
}

const run = promisify(execFile);
const soffice = () => process.env.SOFFICE_PATH ?? 'soffice';

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

/** Parses the rows of the first sheet of a flat ODS file. */
export function readFods(xml: string): CalcCell[][] {
  const table = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(xml)?.[1] ?? '';
  const rows: CalcCell[][] = [];
  for (const rowMatch of table.matchAll(/<table:table-row[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const cells: CalcCell[] = [];
    const body = rowMatch[1] ?? '';
    for (const cellMatch of body.matchAll(
      /<table:(?:covered-)?table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:(?:covered-)?table-cell>)/g,
    )) {
      const tag = cellMatch[1] ?? '';
      const inner = cellMatch[2] ?? '';
      const paragraphs = [...inner.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) =>
        unescape(
          (p[1] ?? '')
            .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
            .replace(/<text:tab\/>/g, '\t')
            .replace(/<text:line-break\/>/g, '\n')
            .replace(/<[^>]+>/g, ''),
        ),
      );
      const type = attribute(tag, 'office:value-type') ?? 'empty';
      const cell: CalcCell = {
        type,
        text: paragraphs.join('\n'),
        value: attribute(tag, 'office:date-value') ?? attribute(tag, 'office:value'),
        formula: attribute(tag, 'table:formula'),
      };
      const repeat = Number(attribute(tag, 'table:number-columns-repeated') ?? 1);
      // Trailing empty cells are written as one repeated cell spanning the sheet; keep only real ones.
      for (let i = 0; i < (type === 'empty' && repeat > 1 ? 0 : repeat); i++) cells.push({ ...cell });
    }
    while (cells.at(-1)?.type === 'empty' && cells.at(-1)?.text === '') cells.pop();
    if (cells.length > 0) rows.push(cells);
  }
  return rows;
}

/** Options of the CSV import, as the dialog offers them. */
export interface CsvImport {
  /** `,` or `;`. */
  separator: string;
  /** Windows LCID of the import language (1033 en-US, 1031 de-DE): decimal separator and date order. */
  language: number;
}

/**
 * Opens `bytes` as a CSV file in Calc with the import options a person would use (the separator, the region's
 * language, "detect special numbers" on, the character set left to Calc), and returns the sheet.
 */
export async function openCsvInCalc(
  bytes: Uint8Array,
  name: string,
  options: CsvImport,
): Promise<CalcCell[][]> {
  const dir = await mkdtemp(join(tmpdir(), 'auditkit-calc-'));
  const file = join(dir, name);
  await writeFile(file, bytes);
  const filter = `CSV:${options.separator.charCodeAt(0)},34,,1,,${options.language},false,true`;
  await run(
    soffice(),
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      `--infilter=${filter}`,
      '--convert-to',
      'fods',
      '--outdir',
      dir,
      file,
    ],
    { timeout: 110_000 },
  );
  return readFods(await readFile(join(dir, basename(name).replace(/\.[^.]+$/, '.fods')), 'utf8'));
}
