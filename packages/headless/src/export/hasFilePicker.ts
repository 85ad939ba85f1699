// Its own module, not csvSink's: planExportTarget (in the package root, for the UI) asks it before any export,
// and the sink belongs to the export engine, which is fetched on demand (see downloadAuditCsvOnDemand.ts).

/** The File System Access API's picker, where the browser has it. */
export interface SaveFilePickerWindow {
  showSaveFilePicker?: (
    options: unknown,
  ) => Promise<{ createWritable(): Promise<WritableStream<Uint8Array>> }>;
}

/** True when the browser can stream straight to a file the user picks (File System Access API). */
export const hasFilePicker = () =>
  typeof (globalThis as SaveFilePickerWindow).showSaveFilePicker === 'function';
