import { createMockAuditApi, demoIdentities, demoToken } from '@auditkit/mock-api';
import { startMockWorker, type MockWorker } from '@auditkit/mock-api/browser';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuditClient, type AuditClient } from '../client/createAuditClient.ts';
import { defaultAuditQuery } from '../query/AuditQuery.ts';
import { exportColumns, memoryTarget } from '../test-utils/exportFixtures.ts';
import { downloadAuditCsv, type CsvExportProgress } from './downloadAuditCsv.ts';
import { isFormulaCell } from './formulaCell.ts';
import { spreadsheetValue } from '../test-utils/spreadsheetValue.ts';

const ROWS = 100_000;
const tenantId = demoIdentities.tenantAAdmin.tenantId;
// The node suite's columns plus the IP address.
const columns = [...exportColumns, { name: 'ip', displayName: 'IP Address' }];

let mock: MockWorker;
let client: AuditClient;
const now = new Date();

beforeAll(async () => {
  mock = await startMockWorker(
    createMockAuditApi({
      seed: 11,
      eventsPerTenant: { [tenantId]: ROWS },
      strict: true,
      fidelity: 'frontegg',
    }),
  );
  const token = await demoToken(demoIdentities.tenantAAdmin);
  // A relative base, as an embedder behind its own proxy prefix would use.
  client = createAuditClient({ baseUrl: '/frontegg', getToken: () => token });
});
afterEach(() => mock.api.resetScenario());
afterAll(() => mock.stop());

async function serverBytes() {
  const body = await client.exportCsv({
    properties: columns,
    sortBy: 'createdAt',
    sortDirection: 'desc',
    createdTo: now.toISOString(),
  });
  return new Uint8Array(await new Response(body).arrayBuffer());
}

const rowsOf = (bytes: Uint8Array) =>
  Papa.parse<string[]>(new TextDecoder().decode(bytes), { newline: '\r\n', delimiter: ',' }).data.slice(
    0,
    -1,
  );

function sameBytes(a: Uint8Array, b: Uint8Array) {
  expect(a.byteLength).toBe(b.byteLength);
  // Element-wise toEqual on 20 MB is slow; find the first difference instead.
  const first = a.findIndex((byte, index) => byte !== b[index]);
  expect(first).toBe(-1);
}

describe(`downloadAuditCsv in Chromium, ${ROWS.toLocaleString('en')} rows through the service worker`, () => {
  let expected: Uint8Array;
  beforeAll(async () => {
    expected = await serverBytes();
  });

  it('saves exactly the server stream as plain CSV, reporting progress', async () => {
    const target = memoryTarget();
    const progress: CsvExportProgress[] = [];
    const result = await downloadAuditCsv({
      client,
      query: defaultAuditQuery,
      columns,
      now,
      target: target.stream,
      format: 'csv-plain',
      onProgress: (step) => progress.push(step),
    });
    expect(result).toMatchObject({ status: 'done', rows: ROWS, total: ROWS });
    expect(target.state.closed).toBe(true);
    // The host's stream is its own again.
    expect(target.stream.locked).toBe(false);
    sameBytes(await target.bytes(), expected);
    expect(result.bytes).toBe(expected.byteLength);
    expect(progress.length).toBeGreaterThan(20);
    expect(progress.every((step) => step.total === ROWS)).toBe(true);
    expect(progress.every((step, index) => index === 0 || step.rows >= progress[index - 1]!.rows)).toBe(true);
    expect(progress.some((step) => step.rows > 0 && step.rows < ROWS)).toBe(true);
  });

  it('saves the same values with formulas neutralised (and only those changed)', async () => {
    const target = memoryTarget();
    const result = await downloadAuditCsv({
      client,
      query: defaultAuditQuery,
      columns,
      now,
      target: target.stream,
      // Times and BOM are checked elsewhere; here only neutralisation may change a value.
      timeColumns: [],
      byteOrderMark: false,
    });
    expect(result.rows).toBe(ROWS);
    const raw = rowsOf(expected);
    const safe = rowsOf(await target.bytes());
    expect(safe).toHaveLength(ROWS + 1);
    let neutralised = 0;
    let mismatches = 0;
    safe.forEach((row, r) =>
      row.forEach((value, c) => {
        const original = raw[r]![c]!;
        if (isFormulaCell(original)) neutralised++;
        if (value !== spreadsheetValue(original, ',', { first: c === 0, last: c === row.length - 1 }))
          mismatches++;
      }),
    );
    expect(mismatches).toBe(0);
    expect(neutralised).toBeGreaterThan(100);
  });

  it('saves through the Blob path: an object URL on a temporary <a download>', async () => {
    const clicked: { href: string; download: string }[] = [];
    const onClick = (event: MouseEvent) => {
      const anchor = event.target as HTMLAnchorElement;
      clicked.push({ href: anchor.href, download: anchor.download });
      // Keep the test page from saving 20 MB into the runner's download folder.
      event.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    try {
      const result = await downloadAuditCsv({
        client,
        query: defaultAuditQuery,
        columns,
        now,
        target: 'blob',
        format: 'csv-plain',
        tenantLabel: 'Acme Corp',
      });
      expect(result.fileName).toMatch(/^audit-log_Acme-Corp_start_\d{4}-\d\d-\d\dT\d{4}Z_UTC\.csv$/);
      expect(clicked).toHaveLength(1);
      expect(clicked[0]!.download).toBe(result.fileName);
      expect(clicked[0]!.href).toMatch(/^blob:/);
      expect(document.querySelector('a[download]')).toBeNull();
      const saved = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
      sameBytes(saved, expected);
    } finally {
      document.removeEventListener('click', onClick, true);
    }
  });

  it("'auto' opens the file picker at once (inside the click) and streams into it", async () => {
    const target = memoryTarget();
    const asked: unknown[] = [];
    const picker = Object.getOwnPropertyDescriptor(window, 'showSaveFilePicker');
    Object.defineProperty(window, 'showSaveFilePicker', {
      configurable: true,
      value: (options: unknown) => {
        asked.push(options);
        return Promise.resolve({ createWritable: async () => target.stream });
      },
    });
    try {
      const pending = downloadAuditCsv({
        client,
        query: defaultAuditQuery,
        columns,
        now,
        format: 'csv-plain',
      });
      // Synchronously: browsers only allow the picker during the user's click.
      expect(asked).toEqual([
        expect.objectContaining({ suggestedName: expect.stringMatching(/^audit-log_.*\.csv$/) }),
      ]);
      expect((await pending).status).toBe('done');
      sameBytes(await target.bytes(), expected);
    } finally {
      if (picker) Object.defineProperty(window, 'showSaveFilePicker', picker);
      else delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    }
  });

  it('cancels mid-way, leaving the file aborted rather than looking complete', async () => {
    mock.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 20 });
    const target = memoryTarget();
    const controller = new AbortController();
    const result = await downloadAuditCsv({
      client,
      query: defaultAuditQuery,
      columns,
      now,
      target: target.stream,
      signal: controller.signal,
      onProgress: ({ rows }) => {
        if (rows >= 2000) controller.abort();
      },
    });
    expect(result.status).toBe('cancelled');
    expect(result.rows).toBeGreaterThanOrEqual(2000);
    expect(result.rows).toBeLessThan(ROWS);
    expect(target.state.aborted).toBeTruthy();
    expect(target.state.closed).toBe(false);
    expect(target.stream.locked).toBe(false);
  });

  it("refuses a WritableStream that is locked, closed or failed, with the fix rather than the browser's TypeError", async () => {
    const locked = memoryTarget().stream;
    locked.getWriter();
    const closed = memoryTarget().stream;
    await closed.close();
    const failed = memoryTarget().stream;
    await failed.abort(new Error('disk full'));
    for (const stream of [locked, closed, failed]) {
      await expect(
        downloadAuditCsv({ client, query: defaultAuditQuery, columns, now, target: stream }),
      ).rejects.toThrow(
        /^\[auditkit\] .*a WritableStream can take one export; pass a new stream for each export\.$/,
      );
    }
    expect([closed.locked, failed.locked]).toEqual([false, false]);
  });

  describe("'auto' chooses the download or the picker, and falls back when the picker is refused", () => {
    const small = { client, query: defaultAuditQuery, columns, now, format: 'csv-plain' as const };
    let clicked: string[] = [];
    const onClick = (event: MouseEvent) => {
      const anchor = event.target as HTMLAnchorElement;
      if (anchor.download) {
        clicked.push(anchor.href);
        event.preventDefault();
      }
    };
    const picker = Object.getOwnPropertyDescriptor(window, 'showSaveFilePicker');
    function stubPicker(answer: () => Promise<unknown>) {
      let asked = 0;
      Object.defineProperty(window, 'showSaveFilePicker', {
        configurable: true,
        value: () => {
          asked++;
          return answer();
        },
      });
      return () => asked;
    }
    beforeAll(() => document.addEventListener('click', onClick, true));
    afterEach(() => {
      clicked = [];
      if (picker) Object.defineProperty(window, 'showSaveFilePicker', picker);
      else delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
    });
    afterAll(() => document.removeEventListener('click', onClick, true));

    it('downloads without a dialog when the expected file is small enough to hold in memory', async () => {
      const asked = stubPicker(() => Promise.reject(new Error('not expected')));
      const result = await downloadAuditCsv({
        ...small,
        client,
        expectedRows: ROWS,
        inMemoryLimitBytes: 64e6,
      });
      expect(asked()).toBe(0);
      expect(result.status).toBe('done');
      expect(clicked).toHaveLength(1);
    });

    it('streams to a picked file when it is larger than the limit', async () => {
      const target = memoryTarget();
      const file = pickedFile(target.stream);
      const asked = stubPicker(() => Promise.resolve(file));
      const result = await downloadAuditCsv({
        ...small,
        client,
        expectedRows: ROWS,
        inMemoryLimitBytes: 1e6,
      });
      expect(asked()).toBe(1);
      expect(result.status).toBe('done');
      expect(clicked).toHaveLength(0);
      sameBytes(await target.bytes(), expected);
      expect(file.removed).toBe(0);
    });

    // The picker creates the file when the user chooses it; an export that ends without one must not leave it.
    function pickedFile(stream: WritableStream<Uint8Array> | (() => Promise<never>)) {
      const file = {
        removed: 0,
        createWritable: typeof stream === 'function' ? stream : async () => stream,
        remove: async () => void file.removed++,
      };
      return file;
    }

    it('removes the file the picker created when the user cancels the export', async () => {
      mock.api.setScenario({ exportStream: 'slow', exportChunkDelayMs: 20 });
      const target = memoryTarget();
      const file = pickedFile(target.stream);
      stubPicker(() => Promise.resolve(file));
      const controller = new AbortController();
      const result = await downloadAuditCsv({
        ...small,
        client,
        signal: controller.signal,
        onProgress: ({ rows }) => {
          if (rows >= 2000) controller.abort();
        },
      });
      expect(result.status).toBe('cancelled');
      expect(target.state.aborted).toBeTruthy();
      expect(file.removed).toBe(1);
    });

    it('removes it when the export fails, and still reports the failure', async () => {
      mock.api.setScenario({ exportStream: 'broken', exportBreakAfterRows: 5000 });
      const target = memoryTarget();
      const file = pickedFile(target.stream);
      stubPicker(() => Promise.resolve(file));
      await expect(downloadAuditCsv({ ...small, client })).rejects.toMatchObject({
        code: 'export-broke-off',
      });
      expect(file.removed).toBe(1);
    });

    it('removes it when the browser refuses to open it for writing, and reports that refusal', async () => {
      const file = pickedFile(() => Promise.reject(new DOMException('locked', 'NoModificationAllowedError')));
      stubPicker(() => Promise.resolve(file));
      await expect(downloadAuditCsv({ ...small, client })).rejects.toMatchObject({
        name: 'NoModificationAllowedError',
      });
      expect(file.removed).toBe(1);
      expect(clicked).toHaveLength(0);
    });

    for (const name of ['SecurityError', 'NotAllowedError']) {
      it(`falls back to the download on ${name}, with the whole file`, async () => {
        stubPicker(() => Promise.reject(new DOMException('refused', name)));
        const result = await downloadAuditCsv({ ...small, client });
        expect(result.status).toBe('done');
        expect(clicked).toHaveLength(1);
        sameBytes(new Uint8Array(await (await fetch(clicked[0]!)).arrayBuffer()), expected);
      });
    }

    it('falls back on an AbortError no person caused (as in headless Chromium)', async () => {
      stubPicker(() => Promise.reject(new DOMException('The user aborted a request.', 'AbortError')));
      const result = await downloadAuditCsv({ ...small, client });
      expect(result.status).toBe('done');
      expect(clicked).toHaveLength(1);
    });

    it("treats an AbortError after the page lost focus to the dialog as the user's cancel", async () => {
      stubPicker(() => {
        window.dispatchEvent(new FocusEvent('blur'));
        return Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
      });
      const result = await downloadAuditCsv({ ...small, client });
      expect(result.status).toBe('cancelled');
      expect(clicked).toHaveLength(0);
    });

    it("treats an AbortError as the user's cancel when the dialog took the focus from a frame the log is drawn in", async () => {
      // A log rendered into a same-origin iframe by the page around it: the page's own window blurred when focus
      // went into the frame, so only the frame's window loses focus to the dialog.
      const frame = document.createElement('iframe');
      document.body.append(frame);
      const frameWindow = frame.contentWindow!;
      const button = frameWindow.document.createElement('button');
      frameWindow.document.body.append(button);
      button.focus();
      try {
        expect(document.activeElement).toBe(frame);
        stubPicker(() => {
          frameWindow.dispatchEvent(new FocusEvent('blur'));
          return Promise.reject(new DOMException('The user aborted a request.', 'AbortError'));
        });
        const result = await downloadAuditCsv({ ...small, client });
        expect(result.status).toBe('cancelled');
        expect(clicked).toHaveLength(0);
      } finally {
        frame.remove();
      }
    });

    it("never falls back when the host forced 'file-picker'", async () => {
      stubPicker(() => Promise.reject(new DOMException('refused', 'SecurityError')));
      await expect(downloadAuditCsv({ ...small, client, target: 'file-picker' })).rejects.toMatchObject({
        name: 'SecurityError',
      });
      expect(clicked).toHaveLength(0);
    });
  });
});
