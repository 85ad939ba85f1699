// The theme prop decides the colours a user sees; `system` must follow the OS setting, live. Chromium's media
// emulation (over CDP) stands in for the OS switch.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot, type AuditTheme } from './AuditRoot.tsx';

const lightText = 'rgb(27, 31, 36)';
const darkText = 'rgb(230, 237, 243)';
const lightBg = 'rgb(255, 255, 255)';
const darkBg = 'rgb(15, 20, 25)';

async function emulateOs(scheme: 'light' | 'dark') {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'prefers-color-scheme', value: scheme }],
  });
}

async function colours(theme: AuditTheme) {
  const screen = await render(
    <AuditRoot theme={theme}>
      <p>Audit trail</p>
    </AuditRoot>,
  );
  const text = screen.getByText('Audit trail').element();
  const root = text.closest('[data-theme]');
  if (!root) throw new Error('AuditRoot rendered no [data-theme] root');
  const seen = { text: getComputedStyle(text).color, background: getComputedStyle(root).backgroundColor };
  await screen.unmount();
  return seen;
}

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('AuditRoot theme', () => {
  it('theme="system" follows the OS colour scheme', async () => {
    await emulateOs('dark');
    expect(await colours('system')).toEqual({ text: darkText, background: darkBg });
    await emulateOs('light');
    expect(await colours('system')).toEqual({ text: lightText, background: lightBg });
  });

  it('an explicit theme wins over the OS setting', async () => {
    await emulateOs('light');
    expect(await colours('dark')).toEqual({ text: darkText, background: darkBg });
    await emulateOs('dark');
    expect(await colours('light')).toEqual({ text: lightText, background: lightBg });
  });
});
