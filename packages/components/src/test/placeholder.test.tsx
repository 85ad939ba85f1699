// A placeholder is the only visible hint of the search syntax (and of "Type and press Enter" in a values field):
// it is drawn in the muted text colour at full opacity, 4.5:1 on the field in both themes (WCAG 1.4.3), not the
// browser's default (Firefox draws it at opacity 0.54: 3.65:1 on white).
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { backgroundOf, contrast, parse } from './colourContrast.ts';

function Fields({ theme }: { theme: 'light' | 'dark' }) {
  return (
    <AuditRoot theme={theme}>
      <input aria-label="Search" placeholder='Search, e.g. severity:High "failed login"' />
      <textarea aria-label="Values" placeholder="Type and press Enter" />
      <span id="probe" style={{ color: 'var(--auditkit-fg-muted)' }} />
    </AuditRoot>
  );
}

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe('placeholders', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`are the muted text colour at full opacity, at least 4.5:1 on the field (${theme})`, async () => {
      const screen = await render(<Fields theme={theme} />);
      const muted = getComputedStyle(document.getElementById('probe')!).color;
      for (const name of ['Search', 'Values']) {
        const field = screen.getByRole('textbox', { name }).element();
        const placeholder = getComputedStyle(field, '::placeholder');
        expect(placeholder.color, name).toBe(muted);
        expect(placeholder.opacity, name).toBe('1');
        expect(contrast(parse(placeholder.color), backgroundOf(field)), name).toBeGreaterThanOrEqual(4.5);
      }
    });
  }

  it('are still drawn in the system colour for placeholders under forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }],
    });
    const screen = await render(<Fields theme="light" />);
    const grayText = document.createElement('span');
    grayText.style.cssText = 'forced-color-adjust: none; color: GrayText';
    document.body.append(grayText);
    const system = getComputedStyle(grayText).color;
    grayText.remove();
    const field = screen.getByRole('textbox', { name: 'Search' }).element();
    const placeholder = getComputedStyle(field, '::placeholder');
    // The author colour gives way to the system's, as for any text: the rule above forces nothing here.
    expect(placeholder.color).toBe(system);
    expect(placeholder.color).not.toBe(getComputedStyle(document.getElementById('probe')!).color);
  });
});
