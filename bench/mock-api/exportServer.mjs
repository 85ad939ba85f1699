// The server half of the export-memory benchmark: the built standalone mock server (packages/mock-api/dist) in
// its own process, so its memory is measured alone. It reports its URL and answers heap samples over IPC.
import { createMockAuditApi, startStandaloneServer } from '../../packages/mock-api/dist/node.js';

const size = Number(process.env.EVENTS_PER_TENANT ?? 1_000_000);
const api = createMockAuditApi({ eventsPerTenant: { 'tenant-acme': size }, now: '2026-06-15T12:00:00Z' });
const server = await startStandaloneServer({ port: 0, api });
process.send?.({ type: 'ready', url: server.url });
process.on('message', (message) => {
  if (message === 'sample') process.send?.({ type: 'sample', ...process.memoryUsage() });
  if (message === 'stop') server.close().then(() => process.exit(0));
});
