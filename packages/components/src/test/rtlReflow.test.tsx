// WCAG 1.4.10 Reflow right to left: at a 320 px window, under a host's reset of every margin (Tailwind's
// preflight), the log never scrolls the page sideways. The visually hidden texts (status regions, hints) are
// positioned at their start edge, which right to left is the right: a negative margin there pushed them past it.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from './mockApi.ts';
import { testQueryClient } from './renderAudit.tsx';
import tailwindCss from './tailwindHost.css?inline';

setupMockApi();
afterEach(() => page.viewport(1280, 900));

describe('the log right to left at a 320 px window', () => {
  it('never scrolls the page sideways', async () => {
    await page.viewport(320, 800);
    const style = document.createElement('style');
    style.textContent = tailwindCss;
    document.head.prepend(style);
    try {
      const screen = await render(
        <div dir="rtl">
          <AuditLog
            baseUrl=""
            getToken={() => demoToken(demoIdentities.tenantAAdmin)}
            defaultTimeZone="UTC"
            locale="en-US"
            queryClient={testQueryClient()}
            newEventsInterval={false}
          />
        </div>,
      );
      await expect
        .element(
          screen
            .getByRole('status')
            .filter({ hasText: /events$/ })
            .first(),
        )
        .toBeInTheDocument();
      await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeVisible();
      const scroller = document.scrollingElement ?? document.documentElement;
      expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
    } finally {
      style.remove();
    }
  });
});
