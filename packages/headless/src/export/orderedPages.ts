/** Options of {@link orderedPages}. */
export interface OrderedPagesOptions<T> {
  /** How many pages there are at most (`Infinity` when unknown: a short page ends it); with none it just closes. */
  pages: number;
  /** Pages requested ahead of the one being written. */
  lookahead: number;
  /** The export's own signal: aborting it drops the requests ahead. */
  signal: AbortSignal | undefined;
  /** Asks for page `index`; `signal` aborts when the stream ends early, fails or is cancelled. */
  request: (index: number, signal: AbortSignal) => Promise<T>;
  /** Writes page `index` (strictly in order); returns true when it was the last one (a short page). */
  write: (page: T, index: number, controller: ReadableStreamDefaultController<Uint8Array>) => boolean;
}

/**
 * A stream written page by page, strictly in order, with the next `lookahead` pages in flight while one is written:
 * the paged CSV export and JSON Lines share it. Their pages' offsets are known up front (the snapshot is pinned),
 * so nothing waits on the page before to ask for the next. Requests still ahead are dropped when the stream ends.
 */
export function orderedPages<T>({
  pages,
  lookahead,
  signal,
  request,
  write,
}: OrderedPagesOptions<T>): ReadableStream<Uint8Array> {
  const pending: Promise<T>[] = [];
  const ahead = new AbortController();
  const stop = () => {
    signal?.removeEventListener('abort', stop);
    ahead.abort(signal?.reason);
  };
  signal?.addEventListener('abort', stop, { once: true });
  let requested = 0;
  let written = 0;
  const next = async (controller: ReadableStreamDefaultController<Uint8Array>) => {
    while (requested < pages && pending.length <= lookahead) {
      const page = request(requested++, ahead.signal);
      // Handled when its turn comes; this keeps an early failure from being reported as unhandled.
      page.catch(() => undefined);
      pending.push(page);
    }
    const last = pending.length === 0 || write(await (pending.shift() as Promise<T>), written, controller);
    if (last || ++written >= pages) {
      stop();
      controller.close();
    }
  };
  return new ReadableStream<Uint8Array>({
    // A failed page ends the stream: the requests still ahead are not needed.
    pull: (controller) =>
      next(controller).catch((error: unknown) => {
        stop();
        throw error;
      }),
    cancel: stop,
  });
}
