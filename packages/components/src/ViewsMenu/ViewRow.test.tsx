import { defaultAuditQuery, type AuditView } from '@auditkit/headless';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { ViewRow } from './ViewRow.tsx';

const view: AuditView = { id: 'mine', name: 'Mine', query: defaultAuditQuery, predefined: false };

describe('ViewRow', () => {
  it('keeps the rename open and its typed name when Escape ends an input method composition', async () => {
    const onRenameCancel = vi.fn();
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" locale="ja-JP">
        <ul>
          <ViewRow
            view={view}
            isDefault={false}
            shareUrl={() => location.href}
            onApply={() => {}}
            onRename={() => Promise.resolve(true)}
            onRenameCancel={onRenameCancel}
            onDelete={() => {}}
            onDefault={() => {}}
          />
        </ul>
      </AuditUiProvider>,
    );
    await screen.getByRole('button', { name: 'Rename Mine' }).click();
    const rename = screen.getByRole('textbox', { name: 'New name for Mine' });
    await userEvent.fill(rename, '本番のログ');
    const input = rename.element() as HTMLInputElement;
    // As Chromium (isComposing) and Safari (keyCode 229) send it while a conversion is open: the IME's Escape.
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true, cancelable: true }),
    );
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 229, bubbles: true, cancelable: true }),
    );
    await new Promise(requestAnimationFrame);
    await expect.element(rename).toHaveValue('本番のログ');
    expect(onRenameCancel).not.toHaveBeenCalled();
    // Composition over, Escape leaves the rename again.
    (rename.element() as HTMLElement).focus();
    await userEvent.keyboard('{Escape}');
    await expect.element(rename).not.toBeInTheDocument();
    expect(onRenameCancel).toHaveBeenCalledOnce();
  });
});
