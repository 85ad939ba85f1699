import { AuditApiError, type CsvExportState } from '@auditkit/headless';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
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
  return <p>{useExportStatus(csv, (column) => column, true).message}</p>;
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
});
