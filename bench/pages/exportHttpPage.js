// Bench page: the browser download engine (`downloadAuditCsv`) against the standalone mock over loopback HTTP,
// at the `api` the URL's hash names (cross-origin as a real API usually is, or the page's own origin when it is
// loaded from the mock's), writing into a counting WritableStream.
// Also fetches the paged export's requests and only reads them: what the requests alone cost, with no engine.
import { createAuditClient, defaultAuditQuery, downloadAuditCsv } from '@auditkit/headless';
import { auditColumns } from '@auditkit/mock-api';
import { exportProperties, neutralisedOnly } from '../lib/benchDataset.mjs';

const settings = new URLSearchParams(location.hash.slice(1));
const token = settings.get('token') ?? '';
const client = createAuditClient({ baseUrl: settings.get('api') ?? '', getToken: () => token });
const columns = exportProperties(auditColumns);
// What the paged engine asks each page for: the chosen columns and, when they lack it, the event id it joins the
// pages by (and leaves out of the file).
const pageColumns = columns.some((column) => column.name === 'frontegg_id')
  ? columns
  : [...columns, { name: 'frontegg_id', displayName: 'id' }];

/**
 * One export of every event of the bench tenant, neutralised as the one-stream figures of export.mjs are.
 *
 * @param {{ strategy: 'stream' | 'paged' }} options
 */
async function runExport({ strategy }) {
  let bytes = 0;
  const target = new WritableStream({
    write(chunk) {
      bytes += chunk.byteLength;
    },
  });
  const started = performance.now();
  const result = await downloadAuditCsv({
    client,
    query: defaultAuditQuery,
    columns,
    strategy,
    target,
    ...neutralisedOnly,
  });
  return { status: result.status, rows: result.rows, bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * The paged export's requests alone: `pages` pages of 200 through the same client, `inFlight` at a time (the
 * engine keeps its lookahead plus the page being written), each body read whole and dropped. Like the engine's,
 * each page after the first starts with the last event of the page before (199 new events a page).
 *
 * @param {{ pages: number, inFlight: number, createdTo: string }} options
 */
async function fetchPages({ pages, inFlight, createdTo }) {
  let next = 0;
  let bytes = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < pages) {
        const offset = next++ * 199;
        const body = await client.exportCsvPage({
          properties: pageColumns,
          count: 200,
          offset,
          sortBy: 'createdAt',
          sortDirection: 'desc',
          createdTo,
        });
        const read = await new Response(body).arrayBuffer();
        bytes += read.byteLength;
      }
    }),
  );
  return { bytes, seconds: (performance.now() - started) / 1000 };
}

Object.assign(window, { runExport, fetchPages, benchReady: true });
