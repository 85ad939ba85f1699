// The Node side of the export ratio: the mock's own CSV generator answering the same legacy export request the
// browser engine sends, read as a plain stream that only counts bytes. No HTTP, no service worker, no parsing.
import { auditColumns, createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api/node';
import { benchNow, benchSeed, benchTenant, exportProperties } from './benchDataset.mjs';

/**
 * Streams `events` events of the bench tenant as CSV through the mock's handler in this process.
 *
 * @param {number} events
 * @returns {Promise<{ bytes: number, seconds: number }>}
 * @example
 * const { bytes, seconds } = await nodeCsvStream(1_000_000);
 */
export async function nodeCsvStream(events) {
  const api = createMockAuditApi({ seed: benchSeed, now: benchNow, eventsPerTenant: 0 });
  api.setScenario({ eventsPerTenant: { [benchTenant]: events } });
  const token = await demoToken(demoIdentities.tenantAAdmin);
  // `offset` too: Frontegg's OpenAPI document requires it on the export, and the mock validates every request.
  const search = new URLSearchParams({
    count: '0',
    offset: '0',
    sortBy: 'createdAt',
    sortDirection: 'desc',
    created_to: new Date().toISOString(),
  });
  const request = new Request(`http://127.0.0.1/frontegg/audits/export/csv/v2?${search}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ properties: exportProperties(auditColumns) }),
  });
  const started = performance.now();
  const response = await api.handle(request);
  if (!response?.body || response.status !== 201) {
    throw new Error(
      `the mock answered the export with ${response?.status ?? 'nothing'}: ${await response?.text()}`,
    );
  }
  let bytes = 0;
  for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (
    /** @type {unknown} */ (response.body)
  )) {
    bytes += chunk.byteLength;
  }
  return { bytes, seconds: (performance.now() - started) / 1000 };
}
