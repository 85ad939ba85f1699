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

function Status() {
  return <p>{useExportStatus(rateLimited, (column) => column, true).message}</p>;
}

const messageIn = async (translation?: AuditTranslation) => {
  const screen = await render(
    <AuditUiProvider defaultTimeZone="UTC" {...(translation ? { translation } : { locale: 'en-US' })}>
      <Status />
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
});
