import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { ValuesField } from './ValuesField.tsx';

function Field() {
  const [value, setValue] = useState<readonly string[]>([]);
  return (
    <>
      <ValuesField
        label="Action"
        value={value}
        onChange={(next) => {
          setValue(next);
          return undefined;
        }}
      />
      <output aria-label="Values">{value.join('|')}</output>
    </>
  );
}

describe('ValuesField', () => {
  it('leaves Enter that confirms an input method word to the input method, and adds on the next Enter', async () => {
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC" locale="ja-JP">
        <Field />
      </AuditUiProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Action' });
    await box.fill('ろぐいん');
    const input = box.element() as HTMLInputElement;
    // As Chromium sends it while a Japanese conversion is open: Enter picks the word, the value is not added yet.
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }),
    );
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }),
    );
    await new Promise(requestAnimationFrame);
    expect(input.value).toBe('ろぐいん');
    await expect.element(screen.getByRole('status', { name: 'Values' })).toHaveTextContent('');
    // Composition over, Enter adds the value.
    await userEvent.keyboard('{Enter}');
    await expect.element(screen.getByRole('status', { name: 'Values' })).toHaveTextContent('ろぐいん');
    await expect.element(box).toHaveValue('');
  });

  // An exact value: iOS capitalised its first letter ("User.login") and Smart Punctuation curled its quotes
  // ("O’Brien"), so the filter matched nothing. `spellcheck="false"` is what turns Smart Punctuation off in WebKit.
  it('asks phone keyboards to leave the typed value as it is', async () => {
    const screen = await render(
      <AuditUiProvider defaultTimeZone="UTC">
        <Field />
      </AuditUiProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Action' });
    await expect.element(box).toHaveAttribute('spellcheck', 'false');
    await expect.element(box).toHaveAttribute('autocapitalize', 'off');
    await expect.element(box).toHaveAttribute('autocorrect', 'off');
    await expect.element(box).toHaveAttribute('autocomplete', 'off');
  });
});
