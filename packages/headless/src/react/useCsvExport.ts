import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AuditApiError } from '../client/AuditApiError.ts';
import type { UnappliedFilter } from '../client/planAuditRequest.ts';
import type { CsvExportResult, DownloadAuditCsvOptions } from '../export/downloadAuditCsv.ts';
import { downloadAuditCsv } from '../export/downloadAuditCsvOnDemand.ts';
import { requireAuditClient } from '../client/requireAuditClient.ts';
import { useAuditContext, type AuditHookOptions } from './AuditProvider.tsx';

/** Where an export is: styling hooks can use it as `data-state`. */
export type CsvExportStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

/** State of `useCsvExport`. */
export interface CsvExportState {
  status: CsvExportStatus;
  /** Data rows written so far. */
  rows: number;
  bytes: number;
  /** Rows expected, once known. */
  total: number | undefined;
  fileName: string | undefined;
  /** The failure, when `status` is `'error'` (an `AuditApiError`, or the sink's own error). */
  error: AuditApiError | Error | undefined;
  /** What the file does not apply (see `useCsvExportUnapplied` to know it before starting). */
  unapplied: readonly UnappliedFilter[];
}

/** Options of `start`: those of `downloadAuditCsv`, with the client from the provider. */
export type CsvExportStartOptions = Omit<DownloadAuditCsvOptions, 'client' | 'signal' | 'onProgress'> &
  Partial<Pick<DownloadAuditCsvOptions, 'client'>>;

/** `useCsvExport`'s state and actions. */
export interface CsvExport extends CsvExportState {
  /**
   * Starts an export (cancelling one still running). Call it directly in the click handler, so the browser
   * lets it open the file picker. Resolves with the result, or `undefined` when it failed (see `error`). Spread
   * `exportOptionsFromList(list)` into the options for what the list on screen says of the file (its size, its
   * tenant, which list it reads), as `<ExportButton>` does.
   */
  start(options: CsvExportStartOptions): Promise<CsvExportResult | undefined>;
  /** Cancels the running export; no partial file is left looking complete. */
  cancel(): void;
  /** Back to `idle`. */
  reset(): void;
}

const idle: CsvExportState = {
  status: 'idle',
  rows: 0,
  bytes: 0,
  total: undefined,
  fileName: undefined,
  error: undefined,
  unapplied: [],
};

// A layout effect where there is a DOM (none runs on the server, where React 18 warns of one).
const useClientLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** What an export started with the provider's client belongs to: the client's base URL and cache scope. */
const scopeOf = (client: { baseUrl: string; cacheScope: string }) =>
  JSON.stringify([client.baseUrl, client.cacheScope]);

/**
 * A CSV download with progress, cancel and errors as state, on `downloadAuditCsv`. A running export is
 * cancelled when the component unmounts, and when the provider's client changes to another base URL or cache
 * scope (another user or tenant signed in): an export started with `start({ client })` is not tied to it.
 *
 * @example
 * ```tsx
 * const list = useAuditList(query);
 * const csv = useCsvExport();
 * <button onClick={() => csv.start({ query, columns, ...exportOptionsFromList(list) })} disabled={csv.status === 'running'}>
 *   Download CSV
 * </button>
 * {csv.status === 'running' && <progress value={csv.rows} max={csv.total} />}
 * ```
 */
export function useCsvExport(options: AuditHookOptions = {}): CsvExport {
  const context = useAuditContext('useCsvExport', options);
  const client = context.client;
  const [state, setState] = useState<CsvExportState>(idle);
  const running = useRef<AbortController | null>(null);
  /** The scope of the provider's client the running export uses; `null` when `start` was given its own client. */
  const runningScope = useRef<string | null>(null);
  const scope = scopeOf(client);

  useEffect(() => () => running.current?.abort(), []);
  // The export would go on under the next user, whose token the provider's client may already send (a host's
  // client reading the session): cancelled before that. A layout effect runs before the host's own ones above it,
  // such as `<AuditLog>`'s, which hands its client the new user's token.
  useClientLayoutEffect(() => {
    if (runningScope.current !== null && runningScope.current !== scope) running.current?.abort();
  }, [scope]);

  const start = useCallback(
    async (startOptions: CsvExportStartOptions) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      runningScope.current = startOptions.client ? null : scopeOf(client);
      const isCurrent = () => running.current === controller;
      setState({ ...idle, status: 'running' });
      try {
        const result = await downloadAuditCsv({
          ...startOptions,
          // Judged when an export starts, not on render: `start` may be given its own client.
          client: startOptions.client ?? requireAuditClient(client, 'useCsvExport', 'exportCsv'),
          signal: controller.signal,
          onProgress: ({ rows, bytes, total, fileName, unapplied }) => {
            if (isCurrent())
              setState((previous) => ({ ...previous, rows, bytes, total, fileName, unapplied }));
          },
        });
        if (isCurrent()) {
          const { status, rows, bytes, total, fileName, unapplied } = result;
          setState({ status, rows, bytes, total, fileName, unapplied, error: undefined });
        }
        return result;
      } catch (error) {
        if (isCurrent()) {
          setState((previous) => ({
            ...previous,
            status: 'error',
            error: error instanceof Error ? error : new Error(String(error)),
          }));
        }
        return undefined;
      } finally {
        if (isCurrent()) running.current = null;
      }
    },
    [client],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  const reset = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState(idle);
  }, []);

  return useMemo(() => ({ ...state, start, cancel, reset }), [state, start, cancel, reset]);
}
