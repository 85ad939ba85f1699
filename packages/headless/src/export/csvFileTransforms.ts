import { CsvScanner } from './CsvScanner.ts';
import { scannerTransform } from './createCsvNeutraliser.ts';
import { csvRecordRewriter } from './createCsvRewriter.ts';
import {
  byteOrderMarkText,
  createByteOrderMark,
  csvTimeRewriter,
  leadingMarkDropped,
} from './createCsvTimeRewriter.ts';
import { csvTextTransform, type CsvTextStep } from './csvTextTransform.ts';
import type { ExportFormat } from './exportFormat.ts';

/** Options of `csvFileTransforms`. */
export interface CsvFileTransformOptions {
  /** A CSV format (`'jsonl'` is built from the list API instead). */
  format: Exclude<ExportFormat, 'jsonl'>;
  /** Zone the time columns are written in; ignored by `'csv-plain'`. */
  timeZone: string;
  /** Positions (0-based) of the time columns in the server's file. */
  timeColumns: readonly number[];
  /** The header of each time column's offset column (see `CsvTimeRewriterOptions`). @default `UTC offset (<title>)` */
  offsetHeader?: ((title: string) => string) | undefined;
  /** @default true for 'csv' and 'csv-semicolon' */
  neutraliseFormulas?: boolean | undefined;
  /** @default true for 'csv' and 'csv-semicolon' */
  byteOrderMark?: boolean | undefined;
  /** Complete records so far (header included), as the neutraliser counts them. */
  onRecords?: ((records: number) => void) | undefined;
  /**
   * Called at the end, after `onRecords`, when the text was cut partway through its last record (it ended inside
   * a quoted field, or with fewer fields than the header): that record, counted, is not whole.
   */
  onCutShort?: (() => void) | undefined;
}

/**
 * The streaming transforms, in order, that turn the server's CSV into the file a format writes: times rewritten
 * into the zone, the byte-order mark, formulas neutralised and, for `;` files, the re-delimiting. One place, so
 * the engine and the property tests run the same pipeline. Each step holds at most one record, so memory stays
 * flat; the spreadsheet formats run their steps over text in one transform, as `createCsvNeutraliser` and the
 * rewriters would chained, without decoding and encoding the file again between them.
 *
 * The neutraliser is the last step that can change a cell's text. It reads commas only, so a `;` file is
 * neutralised first and then re-delimited: that step changes the separators and the quoting they need, and
 * writes plain decimals (`-12.5`) with a decimal comma (`-12,5`, still a number where `;` is the separator),
 * never adding a leading character that could uncover a trigger. Either file may be opened by a spreadsheet
 * that splits its lines on the other separator, so the neutraliser also judges the cells that start after a `;`
 * in a comma file, or after a `,` in what becomes a `;` file (the re-delimiter adds no comma but those decimal
 * commas, which a digit follows).
 */
export function csvFileTransforms(
  options: CsvFileTransformOptions,
): TransformStream<Uint8Array, Uint8Array>[] {
  const { format, timeZone, timeColumns, offsetHeader, onRecords, onCutShort } = options;
  const spreadsheet = format !== 'csv-plain';
  const byteOrderMark = options.byteOrderMark ?? spreadsheet;
  const neutralise = options.neutraliseFormulas ?? spreadsheet;
  const semicolons = format === 'csv-semicolon';
  const otherSeparator = semicolons ? ',' : ';';
  if (!spreadsheet) {
    // Nothing is rewritten: the neutraliser alone passes the server's own bytes on where it changes nothing. Our
    // mark replaces one the server sent (createByteOrderMark).
    const scanner = new CsvScanner(neutralise, otherSeparator);
    const neutraliser = scannerTransform(scanner, neutralise, onRecords, () => {
      if (scanner.cutShort) onCutShort?.();
    });
    return byteOrderMark ? [createByteOrderMark(), neutraliser] : [neutraliser];
  }
  // One transform that decodes once and encodes once, the steps passing text between them.
  const scanner = new CsvScanner(neutralise, otherSeparator);
  // A mark the server sent goes before anything reads the first header: the file gets its own, one.
  const steps: CsvTextStep[] = byteOrderMark ? [leadingMarkDropped()] : [];
  // The first step to read records sees the server's text as it ended: a record cut short is then written whole,
  // its quote closed and its line break added, which the neutraliser after it cannot tell from a complete one.
  const times = csvTimeRewriter({ timeZone, timeColumns, offsetHeader });
  steps.push(times);
  // On a comma file the mark goes before the neutraliser, which knows to look behind it.
  if (byteOrderMark && !semicolons) steps.push(byteOrderMarkText());
  steps.push(scanner);
  if (semicolons) {
    steps.push(csvRecordRewriter({ delimiter: ';', mapRecord: withDecimalCommas }));
    if (byteOrderMark) steps.push(byteOrderMarkText());
  }
  // Both flags are known only after the steps' `finish`: before the last call they are false.
  return [
    csvTextTransform(steps, () => {
      onRecords?.(scanner.records);
      if (scanner.cutShort || times.cutShort()) onCutShort?.();
    }),
  ];
}

const plainDecimal = /^[-+]?\d+\.\d+$/;

/**
 * A `;` file is for spreadsheets that write decimals with a comma: there `-12.5` would be text (or a date), so
 * plain decimal numbers are written `-12,5` and stay numbers. Nothing else changes: not integers, exponents,
 * versions with two dots or IP addresses; the header row is left alone.
 */
function withDecimalCommas(fields: string[], index: number): readonly string[] {
  if (index === 0) return fields;
  for (let column = 0; column < fields.length; column++) {
    const value = fields[column]!;
    if (value.length < 32 && plainDecimal.test(value)) fields[column] = value.replace('.', ',');
  }
  return fields;
}
