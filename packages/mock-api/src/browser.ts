// @auditkit/mock-api/browser: the mock in a service worker, for the demo and Storybook.
import { setupWorker } from 'msw/browser';
// Resolved as an ES import in the CommonJS declarations too: msw's `./browser` has no `require` types for Node
// (`"node": null`), so a CommonJS host under node16 found no module there, or with skipLibCheck an `any` worker.
import type { SetupWorker, StartOptions } from 'msw/browser' with { 'resolution-mode': 'import' };
import { createMockAuditApi } from './handlers/createMockAuditApi.ts';
import type { MockAuditApi } from './handlers/createMockAuditApi.ts';

/** A started MSW worker with the api it serves. */
export interface MockWorker {
  readonly worker: SetupWorker;
  readonly api: MockAuditApi;
  /** Stops the worker. */
  stop(): void;
}

/**
 * Starts an MSW service worker serving the mock. The worker script (`mockServiceWorker.js`) must be served at
 * the site root, or pass `options.serviceWorker.url`. Requests that are not the API's pass through silently.
 *
 * @example
 * const { api } = await startMockWorker();
 * api.setScenario({ latencyMs: 400 });
 */
export async function startMockWorker(
  api: MockAuditApi = createMockAuditApi(),
  options: StartOptions = {},
): Promise<MockWorker> {
  const worker = setupWorker(...api.handlers);
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, ...options });
  return { worker, api, stop: () => worker.stop() };
}

export * from './index.ts';
