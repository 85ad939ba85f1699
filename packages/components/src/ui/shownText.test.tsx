import { UNSHOWABLE_VALUE } from '@auditkit/headless';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AuditTable } from '../AuditTable/AuditTable.tsx';
import { JsonCell } from '../cells/JsonCell.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import * as fr from '../messages/fr.ts';
import { overrideMock, setupMockApi } from '../test/mockApi.ts';
import { renderAudit } from '../test/renderAudit.tsx';
import { render } from 'vitest-browser-react';

// A value nested deeper than the engine's JSON.stringify can write takes the client's placeholder in its place
// (parseResponses): the log says so in its own language, never in English in a German log.

setupMockApi();
const listPath = '*/audits/resources/audits/v2';

describe('a value too deep to show, in the log’s language', () => {
  it('German: the cell and the row’s name say it in German', async () => {
    // What the client's parser puts in a text field whose value its engine cannot write as JSON (Node and Safari
    // run out of stack some thousands of levels down; Chromium's JSON.stringify goes deeper than any payload).
    const event = {
      frontegg_id: 'deep',
      createdAt: '2026-11-25T10:00:00.000Z',
      severity: 'High',
      action: UNSHOWABLE_VALUE,
      description: 'Imported',
    };
    overrideMock(http.get(listPath, () => HttpResponse.json({ data: [event], total: 1 })));
    const { screen } = await renderAudit(<AuditTable />, { locale: de.locale, messages: de.messages });
    const grid = screen.getByRole('grid');
    await expect.element(grid.getByText(de.messages.unshowableValue)).toBeVisible();
    expect(grid.element().textContent).not.toContain(UNSHOWABLE_VALUE);
    await expect
      .element(
        grid.getByRole('button', { name: new RegExp(`^Details zu ${escape(de.messages.unshowableValue)}`) }),
      )
      .toBeInTheDocument();
  });

  it('French: a JSON value no JSON can write (a cycle) is said in French, not as [object Object]', async () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const screen = await render(
      <AuditUiProvider locale={fr.locale} messages={fr.messages}>
        <JsonCell value={cyclic} />
      </AuditUiProvider>,
    );
    await expect.element(screen.getByText(fr.messages.unshowableValue)).toBeVisible();
    expect(document.body.textContent).not.toContain('[object Object]');
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
