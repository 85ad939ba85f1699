// A process that starts the standalone server with a 30 s wait, lets a request reach it, aborts the request (or
// not), closes the server and prints "closed": it must then exit at once, not when the wait would have ended.
// Built and run by abortedWaits.http.test.ts.
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { startStandaloneServer } from '../server/startStandaloneServer.ts';

const mode = process.argv[2];
const slowExport = mode === 'slow-export';
const api = createMockAuditApi({
  eventsPerTenant: 50,
  scenario: slowExport ? { exportStream: 'slow', exportChunkDelayMs: 30_000 } : { latencyMs: 30_000 },
});
const server = await startStandaloneServer({ port: 0, api });
const aborter = new AbortController();
const token = await demoToken(demoIdentities.tenantAAdmin);
const request = fetch(
  slowExport
    ? `${server.url}/audits/resources/audits/v2/export/csv?count=10&offset=0`
    : `${server.url}/audits/resources/audits/v2?count=1&offset=0`,
  {
    method: slowExport ? 'POST' : 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'frontegg-tenant-id': demoIdentities.tenantAAdmin.tenantId,
    },
    ...(slowExport && { body: '{"properties":[{"name":"action","displayName":"Action"}]}' }),
    signal: aborter.signal,
  },
).then((response) => {
  // The test reads stderr: an export refused up front would never reach the wait this is about.
  if (response.status >= 300) console.error(`the request was answered ${response.status}`);
  return response.text();
});
await new Promise((resolve) => setTimeout(resolve, 200));
if (mode === 'close-in-flight') {
  await server.close();
  await request.catch(() => undefined);
} else {
  aborter.abort();
  await request.catch(() => undefined);
  await server.close();
}
console.log('closed');
