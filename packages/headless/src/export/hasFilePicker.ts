// Its own module, not csvSink's: planExportTarget (in the package root, for the UI) asks it before any export,
// and the sink belongs to the export engine, which is fetched on demand (see downloadAuditCsvOnDemand.ts).

/** The File System Access API's picker, where the browser has it. */
export interface SaveFilePickerWindow {
  showSaveFilePicker?: ((options: unknown) => Promise<PickedFile>) | undefined;
}

/** The handle the picker gives. `remove` is Chromium's (110+), not in every browser with the picker. */
export interface PickedFile {
  createWritable(): Promise<WritableStream<Uint8Array>>;
  remove?(): Promise<void>;
}

/**
 * Whether the page is framed by another origin. Chromium refuses the file picker there (`SecurityError`), so the
 * plan says "download" up front instead of promising a picker that cannot open.
 */
function inCrossOriginFrame(): boolean {
  const view = globalThis as { top?: { location: { href: string } } | null | undefined; self?: unknown };
  if (!view.top || view.top === view.self) return false;
  try {
    // Reading another origin's location throws.
    return typeof view.top.location.href !== 'string';
  } catch {
    return true;
  }
}

/**
 * True when the browser can stream straight to a file the user picks (File System Access API) here: it has the
 * picker and the page is not framed by another origin.
 */
export const hasFilePicker = () =>
  typeof (globalThis as SaveFilePickerWindow).showSaveFilePicker === 'function' && !inCrossOriginFrame();
