// One service-worker mock per test file, with a request log so tests can count calls (e.g. IP lookups).
import { createMockAuditApi, type MockAuditApi } from '@auditkit/mock-api';
import { startMockWorker, type MockWorker } from '@auditkit/mock-api/browser';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Requests the page made to the mock, newest last. */
export const requests: URL[] = [];

let worker: MockWorker | undefined;

/** Fixed "now" so the dataset is the same on every run. */
export const mockNow = '2026-11-26T00:00:00.000Z';

/** Starts the mock for this file and resets its scenario and request log after each test. */
export function setupMockApi(options: Parameters<typeof createMockAuditApi>[0] = {}): () => MockAuditApi {
  beforeAll(async () => {
    const api = createMockAuditApi({
      seed: 7,
      now: mockNow,
      eventsPerTenant: 240,
      // Strict, with Frontegg's shapes: any parameter the document does not list is a 400, so no test passes on
      // behaviour the real service may not have.
      strict: true,
      fidelity: 'frontegg',
      ...options,
    });
    worker = await startMockWorker(api, { serviceWorker: { url: '/mockServiceWorker.js' } });
    worker.worker.events.on('request:start', ({ request }) => {
      requests.push(new URL(request.url));
    });
  });
  afterEach(() => {
    worker?.worker.resetHandlers();
    worker?.api.resetScenario();
    worker?.api.reset();
    requests.length = 0;
  });
  afterAll(() => worker?.stop());
  return () => {
    if (!worker) throw new Error('mock not started');
    return worker.api;
  };
}

/** Whether a request is one of the lists: the v2 list, or the legacy `GET /audits` a column filter goes to. */
export const isListRequest = (url: URL) => /\/audits(\/resources\/audits\/v2)?$/.test(url.pathname);

/** Overrides the mock's answers for the current test (MSW `worker.use`); reset after each test. */
export function overrideMock(...handlers: Parameters<MockWorker['worker']['use']>): void {
  if (!worker) throw new Error('mock not started');
  worker.worker.use(...handlers);
}

/**
 * For the current test, both lists answer as the mock does but without `total`, as some deployments' legacy list
 * does (the client accepts that: its pages are then all it knows of the count).
 */
export function listsWithoutTotal(): void {
  const withoutTotal = async ({ request }: { request: Request }) => {
    const response = await worker!.api.handle(request);
    if (!response?.ok) return response;
    const { total: _total, ...body } = (await response.json()) as Record<string, unknown>;
    return HttpResponse.json(body);
  };
  overrideMock(http.get('*/audits/resources/audits/v2', withoutTotal), http.get('*/audits', withoutTotal));
}
