import { CsvScanner, type OtherSeparator } from './CsvScanner.ts';
import { utf8Encoder } from './utf8Encoder.ts';

/** Options of `createCsvNeutraliser`. */
export interface CsvNeutraliserOptions {
  /**
   * Prefix `'` to every cell a spreadsheet could evaluate (`isFormulaCell`: a formula trigger first or after
   * leading invisible characters, full-width triggers included), leaving plain numbers such as `-12.5` alone.
   * When `false` the bytes pass through unchanged and only records are counted.
   * @default true
   */
  neutralise?: boolean | undefined;
  /**
   * The separator a spreadsheet set to the other kind of locale splits the saved file's lines on, quoted fields
   * or not: Excel in a German locale opens a comma file on `;`. The cell a trigger starts after it is neutralised
   * too (`a;=1` is written `a;'=1`), by the same rule; `1;-3` stays. `','` when the output is re-delimited with
   * `;` afterwards, as the `'csv-semicolon'` export does.
   * @default ';'
   */
  otherSeparator?: OtherSeparator | undefined;
  /** Called after each chunk with the number of complete CSV records so far (header included). */
  onRecords?: ((records: number) => void) | undefined;
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
  const { neutralise = true, otherSeparator = ';', onRecords } = options;
  return scannerTransform(new CsvScanner(neutralise, otherSeparator), neutralise, onRecords);
}

/**
 * `createCsvNeutraliser` on a given scanner, for the export, which reads how the text ended from it (`cutShort`)
 * once `onEnd` is called.
 */
export function scannerTransform(
  scanner: CsvScanner,
  neutralise: boolean,
  onRecords?: (records: number) => void,
  onEnd?: () => void,
): TransformStream<Uint8Array, Uint8Array> {
  // ignoreBOM keeps a byte-order mark the server sent, so neutralising changes nothing but formula cells.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const encode = utf8Encoder();
  // Whether the decoder holds no part of a character from the chunks before.
  let whole = true;
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      // An empty chunk changes nothing, and must not reset `whole`: the decoder may still hold part of a character.
      if (chunk.length === 0) return;
      const decoded = decoder.decode(chunk, { stream: true });
      const text = scanner.push(decoded);
      const endsWhole = endsOnCharacter(chunk);
      // Passing the original bytes keeps the output byte-identical when nothing is neutralised.
      if (!neutralise) controller.enqueue(chunk);
      // Nothing neutralised, held back or carried into this chunk, and its bytes are whole characters of valid
      // UTF-8 (no U+FFFD from the decoder): the output is these very bytes, so they go on without encoding the
      // text again, which was about a seventh of a one-stream export's time (bench/README.md).
      else if (text === decoded && whole && endsWhole && !decoded.includes('\uFFFD'))
        controller.enqueue(chunk);
      // An undecided cell (`-12…`) is held back until its end arrives, so a chunk may yield nothing yet.
      else if (text) controller.enqueue(encode(text));
      whole = endsWhole;
      onRecords?.(scanner.records);
    },
    flush(controller) {
      const rest = scanner.push(decoder.decode()) + scanner.finish();
      if (neutralise && rest) controller.enqueue(encode(rest));
      onRecords?.(scanner.records);
      onEnd?.();
    },
  });
}

/** Whether `bytes` end with a complete UTF-8 character (or are empty): the decoder then holds nothing back. */
function endsOnCharacter(bytes: Uint8Array): boolean {
  let index = bytes.length - 1;
  let continuations = 0;
  while (index >= 0 && continuations < 3 && (bytes[index]! & 0xc0) === 0x80) {
    index--;
    continuations++;
  }
  if (index < 0) return continuations === 0;
  const lead = bytes[index]!;
  const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 0;
  return continuations + 1 === length;
}
