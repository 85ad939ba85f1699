// Not run: type-checked only. A CommonJS TypeScript host's browser entry (bundled by webpack or the like), under
// node16, nodenext and bundler resolution: the stylesheet's import, and the mock worker with msw's own types.
import '@auditkit/components/styles.css';
import { startMockWorker } from '@auditkit/mock-api/browser';

export async function startDemoMock(): Promise<() => void> {
  const { worker, stop } = await startMockWorker();
  // msw's SetupWorker, which an unresolved `msw/browser` in the CommonJS declarations had made `any`.
  // @ts-expect-error a worker is no number
  const notANumber: number = worker;
  void notANumber;
  return stop;
}
