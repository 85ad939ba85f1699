/**
 * The next read of an export's one stream, or a rejection (and the stream cancelled, closing its connection) once
 * no bytes have come for `timeoutMs`: a connection that goes silent mid-file otherwise leaves the export's progress
 * and its Cancel on screen for ever. The rejection is no `AuditApiError`, so the export reports it as it reports a
 * stream that broke off (`export-broke-off`, with the rows written).
 *
 * @example
 * ```ts
 * const next = await readWithin(reader, exportTimeoutMs(client));
 * ```
 */
export function readWithin<T>(
  reader: ReadableStreamDefaultReader<T>,
  timeoutMs: number,
): Promise<ReadableStreamReadResult<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const silent = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new Error(`No bytes of the export came for ${timeoutMs} ms.`);
      // Rejected first: the cancel ends the read in wait as done, which would read as the whole file.
      reject(error);
      void reader.cancel(error).catch(() => undefined);
    }, timeoutMs);
  });
  return Promise.race([reader.read(), silent]).finally(() => clearTimeout(timer));
}
