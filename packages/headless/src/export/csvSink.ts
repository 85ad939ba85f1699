// Where the bytes of an export go. Every sink can be aborted, so a cancelled or failed export never leaves a
// partial file that looks complete.

/** Where `downloadAuditCsv` writes: see `DownloadAuditCsvOptions.target`. */
export type CsvExportTarget = 'auto' | 'file-picker' | 'blob' | WritableStream<Uint8Array>;

/** An opened destination of export bytes. `close` returns the Blob when the Blob sink was used. */
export interface CsvSink {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<Blob | undefined>;
  abort(reason: unknown): Promise<void>;
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (
    options: unknown,
  ) => Promise<{ createWritable(): Promise<WritableStream<Uint8Array>> }>;
}

/** Saves a Blob through an object URL and a temporary `<a download>`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample for it to start.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function writerSink(writer: WritableStreamDefaultWriter<Uint8Array>): CsvSink {
  return {
    write: (chunk) => writer.write(chunk),
    close: async () => {
      await writer.close();
      return undefined;
    },
    abort: (reason) => writer.abort(reason),
  };
}

function blobSink(save: (blob: Blob, fileName: string) => void, fileName: string): CsvSink {
  let parts: Uint8Array[] = [];
  return {
    write: async (chunk) => {
      parts.push(chunk);
    },
    close: async () => {
      const blob = new Blob(parts as BlobPart[], { type: 'text/csv;charset=utf-8' });
      parts = [];
      save(blob, fileName);
      return blob;
    },
    abort: async () => {
      parts = [];
    },
  };
}

/** True when the browser can stream straight to a file the user picks (File System Access API). */
export const hasFilePicker = () =>
  typeof (globalThis as SaveFilePickerWindow).showSaveFilePicker === 'function';

/**
 * Opens the sink. The file picker is asked synchronously on entry: browsers only show it during the user's
 * click, before any other await.
 */
export function openCsvSink(
  target: CsvExportTarget,
  fileName: string,
  save: (blob: Blob, fileName: string) => void,
): Promise<CsvSink> {
  if (typeof target === 'object') {
    if (!(target instanceof WritableStream))
      throw new TypeError('[auditkit] `target` must be a WritableStream.');
    return Promise.resolve(writerSink(target.getWriter()));
  }
  const usePicker = target === 'file-picker' || (target === 'auto' && hasFilePicker());
  if (!usePicker) {
    // Fail before downloading anything, not after: outside a document nothing can click a download link.
    if (save === saveBlob && typeof document === 'undefined') {
      return Promise.reject(
        new TypeError(
          '[auditkit] There is no document to save the file in: pass `target` as a WritableStream.',
        ),
      );
    }
    return Promise.resolve(blobSink(save, fileName));
  }
  const picker = (globalThis as SaveFilePickerWindow).showSaveFilePicker;
  if (!picker) {
    return Promise.reject(
      new TypeError("[auditkit] This browser has no file picker; use target 'auto' or 'blob'."),
    );
  }
  const handle = picker({
    suggestedName: fileName,
    types: [{ description: 'CSV file', accept: { 'text/csv': ['.csv'] } }],
  });
  return handle.then(async (file) => writerSink((await file.createWritable()).getWriter()));
}
