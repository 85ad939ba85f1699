// The setup every audit-log test file shares: each test opens its own browser contexts (fresh storage and
// downloads) and they close after it, whether it passed or not; the file's Chromium closes after the last test.
import type { BrowserContext } from 'playwright-core';
import { afterAll, afterEach } from 'vitest';
import { openAuditLog } from './auditLog.ts';
import { closeChromium } from './demoBrowser.ts';

/** What `auditLogSession` gives a test file. */
export interface AuditLogSession {
  /**
   * Opens the audit log (see `openAuditLog`) in a new context, closed after the test. Each call is a fresh
   * browser profile, so a second call in one test is "someone else opening the link".
   */
  open(...args: Parameters<typeof openAuditLog>): ReturnType<typeof openAuditLog>;
}

/**
 * Registers the per-test and per-file cleanup; call once at the top of a test file.
 *
 * @example
 * ```ts
 * const session = auditLogSession();
 * test('…', async () => {
 *   const { page } = await session.open('?audit.q=login');
 * });
 * ```
 */
export function auditLogSession(): AuditLogSession {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(closeChromium);
  return {
    async open(...args) {
      const opened = await openAuditLog(...args);
      contexts.push(opened.context);
      return opened;
    },
  };
}
