import { AuditApiError, type CsvExportState } from '@auditkit/headless';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, renderHook } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import * as ja from '../messages/ja.ts';
import type { AuditTranslation } from '../messages/AuditTranslation.ts';
import { useExportStatus } from './useExportStatus.ts';

// The API asked to wait: the status and how long, two sentences after "Export failed:".
const rateLimited: CsvExportState = {
  status: 'error',
  rows: 0,
  bytes: 0,
  total: undefined,
  fileName: undefined,
  error: new AuditApiError('The audits API answered with status 429.', {
    kind: 'http',
    code: 'status',
    status: 429,
    retryAfter: 5,
  }),
  unapplied: [],
};

function Status({ csv }: { csv: CsvExportState }) {
  return <p>{useExportStatus(csv, (item) => item.column, true).message}</p>;
}

const messageIn = async (translation?: AuditTranslation, csv = rateLimited) => {
  const screen = await render(
    <AuditUiProvider defaultTimeZone="UTC" {...(translation ? { translation } : { locale: 'en-US' })}>
      <Status csv={csv} />
    </AuditUiProvider>,
  );
  return screen.container.textContent;
};

describe('useExportStatus', () => {
  // The reason and the wait were joined with a space, which Japanese puts after no full stop.
  it('joins the reason and how long to wait as the language joins sentences', async () => {
    expect(await messageIn(ja)).toBe(
      'エクスポートに失敗しました：監査 API からステータス 429 が返されました。リクエストが多すぎます。5秒後にもう一度お試しください。ファイルは保存されていません。',
    );
    expect(await messageIn(de)).toMatch(/429 geantwortet\. Zu viele Anfragen: .* 5 Sekunden erneut\. /);
    expect(await messageIn()).toMatch(/status 429\. Too many requests: try again in 5 seconds\. No file/);
  });

  // The export engine is fetched when an export starts: a failed fetch showed the browser's words and the URL.
  it('says an export engine that could not be fetched as an unreachable API, in the log’s language', async () => {
    const engineNotFetched: CsvExportState = {
      ...rateLimited,
      error: new TypeError(
        'Failed to fetch dynamically imported module: https://app.example/assets/exportAuditEvents-1a2b.js',
      ),
    };
    expect(await messageIn(undefined, engineNotFetched)).toBe(
      'Export failed: The audits API could not be reached. No file was saved.',
    );
    expect(await messageIn(de, engineNotFetched)).toMatch(/Die Audit-API ist nicht erreichbar\./);
    expect(await messageIn(de, engineNotFetched)).not.toMatch(/dynamically|https:/);
  });

  describe('what a screen reader hears of the progress', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    const running = (rows: number, total: number | undefined): CsvExportState => ({
      ...rateLimited,
      status: 'running',
      rows,
      total,
      error: undefined,
    });

    const spokenOver = async (first: CsvExportState) => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const wrapper = ({ children }: { children: ReactNode }) => (
        <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
          {children}
        </AuditUiProvider>
      );
      const hook = await renderHook(
        (csv: CsvExportState | undefined) => useExportStatus(csv!, (item) => item.column, true),
        {
          initialProps: first,
          wrapper,
        },
      );
      return {
        said: () => hook.result.current.announcement,
        shown: () => hook.result.current.progressText,
        next: (csv: CsvExportState) => hook.rerender(csv),
        wait: (ms: number) => hook.act(() => vi.advanceTimersByTime(ms)),
      };
    };

    // Every 10% was said at once: a 2,500-event export queued seven messages in 150 ms, all read after it ended.
    it('says nothing in the first 2 s, then the latest progress at most every 5 s, and the outcome at once', async () => {
      const run = await spokenOver(running(0, 2500));
      expect(run.said()).toBe('');
      await run.next(running(1000, 2500));
      // The visible progress follows every batch; only what is spoken waits.
      expect(run.shown()).toBe('Exported 1,000 of 2,500 events');
      await run.wait(1999);
      expect(run.said()).toBe('');
      await run.wait(1);
      expect(run.said()).toBe('Export 40% complete');
      await run.next(running(1500, 2500));
      await run.next(running(1750, 2500));
      await run.wait(4999);
      expect(run.said()).toBe('Export 40% complete');
      // What it is when the pause ends, not each step taken meanwhile.
      await run.wait(1);
      expect(run.said()).toBe('Export 70% complete');
      await run.next({ ...running(2500, 2500), status: 'done' });
      expect(run.said()).toBe('Export complete: 2,500 events');
      // A second run starts quiet again.
      await run.next(running(2000, 2500));
      expect(run.said()).toBe('');
      await run.wait(2000);
      expect(run.said()).toBe('Export 80% complete');
    });

    // The first message said "Exported 0 of … events", then "0%": only that it had started.
    it('says no progress before the first rows, then the rows as soon as the first pause allows', async () => {
      const run = await spokenOver(running(0, undefined));
      await run.wait(3000);
      expect(run.said()).toBe('');
      await run.next(running(500, undefined));
      expect(run.said()).toBe('Exported 500 of … events');
      await run.next({ ...running(500, undefined), status: 'cancelled' });
      expect(run.said()).toBe('Export cancelled; no file was saved.');
    });
  });
});
