import { utf8Encoder } from './utf8Encoder.ts';

/**
 * One step of a CSV pipeline that works on text: given the text read so far, piece by piece, it returns what it
 * has decided to write (it may hold part of a record back), and at the end whatever it still held.
 */
export interface CsvTextStep {
  push(text: string): string;
  finish(): string;
}

/**
 * Runs text steps in order over a stream of UTF-8 bytes, decoding each chunk once and encoding what the last step
 * writes once. Chained as byte transforms, every step decoded and encoded the whole file again: those extra passes
 * were about a seventh of the engine's time for the `csv` format and a fifth for `csv-semicolon` (in Node, over
 * 100,000 events; bench/README.md). `afterChunk` runs after each chunk and at the end, once the steps have seen it.
 */
export function csvTextTransform(
  steps: readonly CsvTextStep[],
  afterChunk?: () => void,
): TransformStream<Uint8Array, Uint8Array> {
  // ignoreBOM keeps a byte-order mark the server sent as text, for the steps to see and keep.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const encode = utf8Encoder();
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      let text = decoder.decode(chunk, { stream: true });
      // A step is not handed empty text: nothing came (part of a character held back) or nothing was decided.
      for (const step of steps) if (text) text = step.push(text);
      if (text) controller.enqueue(encode(text));
      afterChunk?.();
    },
    flush(controller) {
      let text = decoder.decode();
      for (const step of steps) text = (text ? step.push(text) : '') + step.finish();
      if (text) controller.enqueue(encode(text));
      afterChunk?.();
    },
  });
}
