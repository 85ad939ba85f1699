import { CsvScanner } from './CsvScanner.ts';

/** Options of `createCsvNeutraliser`. */
export interface CsvNeutraliserOptions {
  /**
   * Prefix `'` to every cell a spreadsheet could evaluate (`isFormulaCell`: a formula trigger first or after
   * leading invisible characters, full-width triggers included), leaving plain numbers such as `-12.5` alone.
   * When `false` the bytes pass through unchanged and only records are counted.
   * @default true
   */
  neutralise?: boolean;
  /** Called after each chunk with the number of complete CSV records so far (header included). */
  onRecords?: (records: number) => void;
}

/**
 * A streaming, CSV-aware transform of UTF-8 bytes that neutralises spreadsheet formulas cell by cell, so an
 * event whose description is `=HYPERLINK(…)` cannot run when the file is opened. Quoted fields may span chunks;
 * nothing else in the file changes. Run it last in a pipeline, on the bytes that will be saved: a transform after
 * it that adds leading characters to cells could hide a trigger again.
 *
 * @example
 * ```ts
 * const safe = response.body!.pipeThrough(createCsvNeutraliser());
 * ```
 */
export function createCsvNeutraliser(
  options: CsvNeutraliserOptions = {},
): TransformStream<Uint8Array, Uint8Array> {
  const { neutralise = true, onRecords } = options;
  const scanner = new CsvScanner(neutralise);
  // ignoreBOM keeps a byte-order mark the server sent, so neutralising changes nothing but formula cells.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const encoder = new TextEncoder();
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      const text = scanner.push(decoder.decode(chunk, { stream: true }));
      // Passing the original bytes keeps the output byte-identical when nothing is neutralised.
      if (!neutralise) controller.enqueue(chunk);
      // An undecided cell (`-12…`) is held back until its end arrives, so a chunk may yield nothing yet.
      else if (text) controller.enqueue(encoder.encode(text));
      onRecords?.(scanner.records);
    },
    flush(controller) {
      const rest = scanner.push(decoder.decode()) + scanner.finish();
      if (neutralise && rest) controller.enqueue(encoder.encode(rest));
      onRecords?.(scanner.records);
    },
  });
}
