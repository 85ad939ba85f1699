import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { DownloadAuditCsvOptions } from './downloadAuditCsv.ts';
import { memoryTarget, startExport } from '../test-utils/exportFixtures.ts';
import { clientAs, recordRequests, setupMockBackend } from '../test-utils/mockBackend.ts';

// A host's own WritableStream as the export's target: it takes one export, and is the host's again afterwards.

const server = setupMockBackend(300);
const requests = recordRequests(server);
const oneExportOnly =
  /^\[auditkit\] .*a WritableStream can take one export; pass a new stream for each export\.$/;

const exportInto = (stream: WritableStream<Uint8Array>, options: Partial<DownloadAuditCsvOptions> = {}) =>
  startExport(clientAs(), { target: stream, ...options }).pending;

describe('an export into a WritableStream it cannot write', () => {
  it('refuses one the host still holds a writer of, before asking the API anything', async () => {
    const { stream } = memoryTarget();
    const hostWriter = stream.getWriter();
    await expect(exportInto(stream)).rejects.toThrow(oneExportOnly);
    expect(requests).toHaveLength(0);
    // Still the host's writer: the refusal took nothing from it.
    await hostWriter.write(new Uint8Array([1]));
  });

  it('refuses one the host already closed, before asking the API anything, and leaves it unlocked', async () => {
    const { stream } = memoryTarget();
    await stream.close();
    await expect(exportInto(stream)).rejects.toThrow(oneExportOnly);
    expect(requests).toHaveLength(0);
    expect(stream.locked).toBe(false);
  });

  it('refuses one that failed, naming its failure as the cause', async () => {
    const { stream } = memoryTarget();
    const failure = new Error('disk full');
    await stream.abort(failure);
    const refused = exportInto(stream);
    await expect(refused).rejects.toThrow(oneExportOnly);
    await expect(refused).rejects.toMatchObject({ cause: failure });
    expect(requests).toHaveLength(0);
    expect(stream.locked).toBe(false);
  });

  it('refuses one being aborted, its abort not finished', async () => {
    let finishAbort = () => {};
    const stream = new WritableStream<Uint8Array>({
      abort: () => new Promise<void>((resolve) => (finishAbort = resolve)),
    });
    const aborted = stream.abort(new Error('stopped'));
    await expect(exportInto(stream)).rejects.toThrow(oneExportOnly);
    expect(requests).toHaveLength(0);
    finishAbort();
    await aborted;
  });

  it('refuses a second export while the first is still writing into it, and the first still finishes', async () => {
    const target = memoryTarget();
    const first = exportInto(target.stream);
    await expect(exportInto(target.stream)).rejects.toThrow(oneExportOnly);
    await expect(first).resolves.toMatchObject({ status: 'done', rows: 300 });
    expect(target.state.closed).toBe(true);
  });

  it('takes an open one that holds nothing back (a high-water mark of 0 leaves it no desired size)', async () => {
    const chunks: Uint8Array[] = [];
    const stream = new WritableStream<Uint8Array>(
      { write: (chunk) => void chunks.push(chunk) },
      new CountQueuingStrategy({ highWaterMark: 0 }),
    );
    await expect(exportInto(stream)).resolves.toMatchObject({ status: 'done', rows: 300 });
    expect(chunks.length).toBeGreaterThan(0);
  });
});

describe('after an export into a WritableStream', () => {
  it('unlocks it when done, and a second export into it is refused with the fix, not the bare TypeError', async () => {
    const target = memoryTarget();
    await expect(exportInto(target.stream)).resolves.toMatchObject({ status: 'done', rows: 300 });
    expect(target.state.closed).toBe(true);
    expect(target.stream.locked).toBe(false);
    const sent = requests.length;
    await expect(exportInto(target.stream)).rejects.toThrow(oneExportOnly);
    expect(requests).toHaveLength(sent);
  });

  it('unlocks it when the export fails', async () => {
    server.use(http.post('*/audits/export/csv/v2', () => new HttpResponse(null, { status: 403 })));
    const target = memoryTarget();
    await expect(exportInto(target.stream)).rejects.toMatchObject({ name: 'AuditApiError', status: 403 });
    expect(target.state.aborted).toBeTruthy();
    expect(target.stream.locked).toBe(false);
    await expect(exportInto(target.stream)).rejects.toThrow(oneExportOnly);
  });

  it('unlocks it when the export is cancelled', async () => {
    const target = memoryTarget();
    const controller = new AbortController();
    // At the first progress report (the count), the file open and nothing in it yet.
    const pending = exportInto(target.stream, {
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(pending).resolves.toMatchObject({ status: 'cancelled' });
    expect(target.state.aborted).toBeTruthy();
    expect(target.stream.locked).toBe(false);
    // Refused, not reported as cancelled too: the stream's failure is the earlier export's AbortError.
    await expect(exportInto(target.stream)).rejects.toThrow(oneExportOnly);
  });
});
