// The dataset every browser and Node benchmark reads, fixed so that both sides of a ratio see the same bytes.
// Imported by the bench pages (bundled by Vite) and by the Node runners alike.

/** The mock's "now": every generated event is older, so an export's snapshot (`created_to` = now) covers all. */
export const benchNow = '2026-11-01T00:00:00.000Z';

/** The mock's default seed, written out so a change of default does not silently change the figures. */
export const benchSeed = 20_251_126;

/** The tenant the benchmarks read, as its admin (demo identity `tenantAAdmin`). */
export const benchTenant = 'tenant-acme';

/**
 * The options of the one-stream figures' export: the server's CSV with formulas neutralised and no time column
 * rewritten into a zone, no byte-order mark (the meaning those figures have had since they were first taken).
 */
export const neutralisedOnly = Object.freeze({ timeColumns: [], byteOrderMark: false });

/**
 * Export every column the mock's metadata declares, in its order: the widest file a user can ask for.
 *
 * @param {ReadonlyArray<{ name: string, displayName: string }>} columns
 * @returns {Array<{ name: string, displayName: string }>}
 */
export function exportProperties(columns) {
  return columns.map(({ name, displayName }) => ({ name, displayName }));
}
