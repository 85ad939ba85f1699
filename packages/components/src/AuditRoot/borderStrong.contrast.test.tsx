// The strong border outlines controls (inputs, buttons, the expand and Copy buttons, the filter sheet's
// controls), so it needs 3:1 against every background a control sits on or takes (WCAG 1.4.11), in both themes.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { contrast, parse } from '../test/colourContrast.ts';
import { AuditRoot } from './AuditRoot.tsx';

const backgrounds = ['bg', 'bg-subtle', 'bg-hover', 'bg-active'];

describe('--auditkit-border-strong', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`is at least 3:1 on every background (${theme})`, async () => {
      const screen = await render(
        <AuditRoot theme={theme}>
          <p>Audit trail</p>
        </AuditRoot>,
      );
      const root = screen.getByText('Audit trail').element().closest('[data-theme]')!;
      const probe = document.createElement('span');
      root.append(probe);
      const colour = (token: string) => {
        probe.style.color = `var(--auditkit-${token})`;
        return parse(getComputedStyle(probe).color);
      };
      const border = colour('border-strong');
      for (const background of backgrounds)
        expect(contrast(border, colour(background)), background).toBeGreaterThanOrEqual(3);
      probe.remove();
    });
  }
});
