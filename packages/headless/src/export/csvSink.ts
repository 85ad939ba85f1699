// Where the bytes of an export go. Every sink can be aborted, so a cancelled or failed export never leaves a
// partial file that looks complete.
import { hasFilePicker, type PickedFile, type SaveFilePickerWindow } from './hasFilePicker.ts';

/**
 * Where `downloadAuditCsv` writes: see `DownloadAuditCsvOptions.target`. `'blob'` is the older name of
 * `'download'`. A `WritableStream` takes one export: pass a new one for each.
 */
export type CsvExportTarget = 'auto' | 'file-picker' | 'download' | 'blob' | WritableStream<Uint8Array>;

/** An opened destination of export bytes. `close` returns the Blob when the Blob sink was used. */
export interface CsvSink {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<Blob | undefined>;
  abort(reason: unknown): Promise<void>;
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

/**
 * The lock is released once the export ends, done, failed or cancelled: a host's own stream is its again, to read
 * its state from or hand on, not held by a writer nobody can reach. (`releaseLock` twice is harmless: an abort after
 * a failed close releases again.)
 */
function writerSink(writer: WritableStreamDefaultWriter<Uint8Array>, onAbort?: () => Promise<void>): CsvSink {
  return {
    write: (chunk) => writer.write(chunk),
    close: async () => {
      try {
        await writer.close();
      } finally {
        writer.releaseLock();
      }
      return undefined;
    },
    abort: async (reason) => {
      try {
        await writer.abort(reason);
      } finally {
        writer.releaseLock();
        await onAbort?.();
      }
    },
  };
}

/** A host's stream that cannot take this export, and the fix. */
const streamRefused = (state: string, cause?: unknown) =>
  new TypeError(
    `[auditkit] The \`target\` WritableStream ${state}, so the export did not start: a WritableStream can take ` +
      'one export; pass a new stream for each export.',
    cause === undefined ? undefined : { cause },
  );

/**
 * The host's own stream, refused before anything is requested when it cannot take the export: locked (the host
 * still holds a writer, or another export is writing into it), closed, or failed (an earlier export into it ended
 * so). Without this, a locked one failed with the runtime's bare "WritableStream is locked", and a closed or failed
 * one only at the first write, after the count and the export were requested.
 */
async function hostStreamSink(target: WritableStream<Uint8Array>): Promise<CsvSink> {
  if (!(target instanceof WritableStream))
    throw new TypeError('[auditkit] `target` must be a WritableStream.');
  if (target.locked)
    throw streamRefused('is locked by another writer (its owner holds one, or an export is still writing)');
  const writer = target.getWriter();
  // A closed or failed stream's `closed` promise is already settled, so its reaction, queued first, wins the race
  // against one already resolved. One being aborted (its `closed` not settled yet) has no desired size.
  const open = Symbol('open');
  const refusal = await Promise.race([writer.closed, Promise.resolve(open)]).then(
    (value) =>
      value !== open
        ? streamRefused('is already closed')
        : writer.desiredSize === null
          ? streamRefused('has already failed or been aborted')
          : undefined,
    (error: unknown) => streamRefused('has already failed or been aborted', error),
  );
  if (!refusal) return writerSink(writer);
  writer.releaseLock();
  throw refusal;
}

/**
 * Deletes the file the picker created, where the browser can. The picker makes the file, empty, as soon as the
 * user chooses it (an existing file is emptied then too: the File System Access spec's step, and Chromium's), and
 * aborting the writer only drops what was written since; without this, a failed or cancelled export left an
 * empty `audit-log_….csv` beside the user's other exports, looking like a file of nothing that matched. Removing
 * it loses nothing: its old contents were gone at the pick. A browser without `remove` keeps the empty file.
 */
const removePicked = (picked: PickedFile) => async () => {
  await picked.remove?.().catch(() => undefined);
};

/** Bytes the blob sink holds as chunks before it folds them into a Blob. */
export const blobFoldBytes = 8 * 1024 * 1024;

/**
 * The file built in memory, where the browser has no file picker. The chunks are folded into a Blob every
 * `blobFoldBytes` as they come, and the file is a Blob of those: a Blob's bytes are the browser's to keep, out of
 * the page's JavaScript heap (Chromium moves large ones to disk), so a file of a gigabyte no longer sits whole in
 * an array of chunks until the end, which ran the tab out of memory with no file and no error.
 */
export function blobSink(
  save: (blob: Blob, fileName: string) => void,
  fileName: string,
  type: string,
): CsvSink {
  let folded: Blob[] = [];
  let parts: Uint8Array[] = [];
  let held = 0;
  return {
    write: async (chunk) => {
      parts.push(chunk);
      held += chunk.byteLength;
      if (held < blobFoldBytes) return;
      folded.push(new Blob(parts as BlobPart[]));
      parts = [];
      held = 0;
    },
    close: async () => {
      const blob = new Blob([...folded, ...(parts as BlobPart[])], { type });
      [folded, parts] = [[], []];
      save(blob, fileName);
      return blob;
    },
    abort: async () => {
      [folded, parts] = [[], []];
    },
  };
}

/** What `openCsvSink` needs to know about the file. */
export interface CsvSinkFile {
  name: string;
  /** MIME type with charset. */
  type: string;
  /** For the picker's type filter. */
  description: string;
  extension: string;
}

const pickerFallbackErrors = new Set(['SecurityError', 'NotAllowedError']);

/**
 * Tells a user's cancel of the file picker from a picker that could not be shown. Both reject with `AbortError`
 * ("The user aborted a request."); headless Chromium, which has no dialog to show, rejects within milliseconds
 * without the page ever losing focus, whereas a real dialog takes the focus from the page while it is up and a
 * person takes far longer than that to dismiss it.
 */
function watchPicker() {
  const started = Date.now();
  // Only a blur while the picker is up counts: a page that had no focus to begin with is judged by time alone.
  let lostFocus = false;
  const onBlur = () => void (lostFocus = true);
  const targets = typeof window !== 'undefined' ? focusedWindows(window) : [];
  for (const target of targets) target.addEventListener('blur', onBlur);
  return {
    userDismissed: () => lostFocus || Date.now() - started > 1500,
    stop: () => {
      for (const target of targets) target.removeEventListener('blur', onBlur);
    },
  };
}

/**
 * This window and the same-origin frames focus is in, outermost first. The dialog takes the focus from the
 * innermost one: a log drawn into an iframe (a portal, react-frame-component) while this module runs in the page
 * around it blurs only the frame's window, whose page had already blurred when focus went into the frame.
 */
function focusedWindows(top: Window): Window[] {
  const windows = [top];
  let active = top.document.activeElement;
  // By tag name, not `instanceof HTMLIFrameElement`: a frame inside a frame belongs to the inner window's realm.
  while (active?.tagName === 'IFRAME') {
    const inner = (active as HTMLIFrameElement).contentWindow;
    let document: Document;
    try {
      // A cross-origin frame's document cannot be read (and its blur is not ours to hear): stop there.
      if (!inner) break;
      document = inner.document;
    } catch {
      break;
    }
    windows.push(inner);
    active = document.activeElement;
  }
  return windows;
}

const errorName = (error: unknown) =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

/**
 * Opens the sink. The file picker is asked synchronously on entry: browsers only show it during the user's
 * click, before any other await (an async function runs synchronously until its first). A picker the browser
 * refuses (`SecurityError` in a cross-origin iframe, `NotAllowedError` without a user gesture, or an `AbortError`
 * that no person caused, as in headless Chromium) falls back to a normal download; a user's own cancel rejects
 * with the `AbortError`. Every failure is a rejection, never a throw: it is `async` for that.
 */
export async function openCsvSink(
  target: CsvExportTarget,
  file: CsvSinkFile,
  save: (blob: Blob, fileName: string) => void,
  /** Fall back to a download when the picker cannot be shown (the `'auto'` choice). @default target === 'auto' */
  fallback = target === 'auto',
): Promise<CsvSink> {
  if (typeof target === 'object') return hostStreamSink(target);
  const download = () => {
    // Fail before downloading anything, not after: outside a document nothing can click a download link.
    if (save === saveBlob && typeof document === 'undefined') {
      return Promise.reject(
        new TypeError(
          '[auditkit] There is no document to save the file in: pass `target` as a WritableStream.',
        ),
      );
    }
    return Promise.resolve(blobSink(save, file.name, file.type));
  };
  const usePicker = target === 'file-picker' || (target === 'auto' && hasFilePicker());
  if (!usePicker) return download();
  const picker = (globalThis as SaveFilePickerWindow).showSaveFilePicker;
  if (!picker) {
    return Promise.reject(
      new TypeError("[auditkit] This browser has no file picker; use target 'auto' or 'download'."),
    );
  }
  const watch = watchPicker();
  let handle: ReturnType<typeof picker>;
  try {
    handle = picker({
      suggestedName: file.name,
      types: [
        { description: file.description, accept: { [file.type.split(';')[0]!]: [`.${file.extension}`] } },
      ],
    });
  } catch (error) {
    handle = Promise.reject(error);
  }
  return handle.then(
    async (picked) => {
      watch.stop();
      let writable: WritableStream<Uint8Array>;
      try {
        writable = await picked.createWritable();
      } catch (error) {
        await removePicked(picked)();
        throw error;
      }
      return writerSink(writable.getWriter(), removePicked(picked));
    },
    (error: unknown) => {
      watch.stop();
      const name = errorName(error);
      const refused = pickerFallbackErrors.has(name) || (name === 'AbortError' && !watch.userDismissed());
      if (fallback && refused) return download();
      throw error;
    },
  );
}
