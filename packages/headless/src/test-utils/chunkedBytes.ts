/** Splits bytes at the given cut points (so quoted fields, CRLF and UTF-8 sequences cross chunks); no empty chunk. */
export function chunked(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    if (point > from) chunks.push(bytes.slice(from, point));
    from = Math.max(from, point);
  }
  return chunks;
}

/** The bytes that come out of `steps`, in order, when `chunks` go in. */
export async function pipeChunks(
  chunks: readonly Uint8Array[],
  ...steps: TransformStream<Uint8Array, Uint8Array>[]
): Promise<Uint8Array> {
  let stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  for (const step of steps) stream = stream.pipeThrough(step);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
