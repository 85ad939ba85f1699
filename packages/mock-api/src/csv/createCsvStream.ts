import { csvRow, eventCsvRow } from './csvField.ts';
import type { CsvProperty } from './csvField.ts';
import { delay } from '../handlers/delay.ts';

/**
 * Past this many UTF-16 code units a chunk goes out before its `batchSize` rows: 500 wide rows (100 properties each
 * naming a 65,000-character field) made one string past V8's limit, a RangeError that closed the socket with no
 * status, or short of it a 520 MB chunk.
 */
const CHUNK_TEXT_LIMIT = 256 * 1024;

/** Options of {@link createCsvStream}. */
export interface CsvStreamOptions {
  /**
   * Rows per chunk at most; a chunk of wide rows goes out sooner, once it holds about 256 KiB of text.
   * @default 500
   */
  batchSize?: number | undefined;
  /**
   * Delay before each chunk, in ms (the `slow` scenario).
   * @default 0
   */
  chunkDelayMs?: number | undefined;
  /** Error the stream after this many data rows (the `broken` scenario). */
  breakAfterRows?: number | undefined;
}

/**
 * A CSV body as a pull-based `ReadableStream`: the header row of `displayName`s, then one row per event pulled
 * from `events` only when the consumer asks for more, so back-pressure is free and a 1,000,000-row export never
 * exists in memory. Cancelling the stream closes the iterator, which stops generation. Works in Node and in a
 * service worker.
 *
 * `events` may be an async iterator, so a source that scans far for its next row can give the event loop a turn
 * while it scans (an async generator closed by a cancel stops once the `next()` in progress settles). A sync
 * source is read without an await per row.
 *
 * @example
 * new Response(createCsvStream(events(), [{ name: 'action', displayName: 'Action' }]));
 */
export function createCsvStream(
  events: Iterator<Readonly<Record<string, unknown>>> | AsyncIterator<Readonly<Record<string, unknown>>>,
  properties: readonly CsvProperty[],
  options: CsvStreamOptions = {},
): ReadableStream<Uint8Array> {
  const batchSize = options.batchSize ?? 500;
  const encoder = new TextEncoder();
  let headerSent = false;
  let rows = 0;
  let breakNext = false;
  // Ends a `chunkDelayMs` wait on cancel: a client gone (or a server closed) must not leave the timer running.
  const cancelled = new AbortController();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (breakNext) {
          controller.error(new Error(`Export stream broken off after ${rows} rows (scenario)`));
          return;
        }
        if (options.chunkDelayMs) {
          await delay(options.chunkDelayMs, cancelled.signal);
          if (cancelled.signal.aborted) return;
        }
        let text = '';
        if (!headerSent) {
          text = csvRow(properties.map((p) => p.displayName));
          headerSent = true;
        }
        for (let i = 0; i < batchSize; i++) {
          if (options.breakAfterRows !== undefined && rows >= options.breakAfterRows) {
            // Erroring drops queued chunks, so send the rows so far now and break on the next pull.
            events.return?.();
            breakNext = true;
            if (text) {
              controller.enqueue(encoder.encode(text));
              return;
            }
            controller.error(new Error(`Export stream broken off after ${rows} rows (scenario)`));
            return;
          }
          const step = events.next();
          const next = 'then' in step ? await step : step;
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += eventCsvRow(next.value, properties);
          rows++;
          if (text.length >= CHUNK_TEXT_LIMIT) break;
        }
        controller.enqueue(encoder.encode(text));
      },
      cancel() {
        cancelled.abort();
        events.return?.();
      },
    },
    // One chunk in flight is enough: the consumer's reads drive generation.
    { highWaterMark: 1 },
  );
}
