// Moving through the page as a keyboard user does: Tab (or another key) until a control has focus.
import type { Locator, Page } from 'playwright-core';

/** The focused element's accessible name, roughly as a screen reader would say it. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.innerText;
    return (label ?? element.innerText ?? '').trim();
  });

/** Presses `key` until `target` (found by role and accessible name) has focus; fails after `limit` presses. */
export async function pressUntilFocused(
  page: Page,
  target: Locator,
  limit = 120,
  key = 'Tab',
): Promise<number> {
  const element = await target.first().elementHandle({ timeout: 10_000 });
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if (await element.evaluate((node) => node === document.activeElement)) return i + 1;
  }
  throw new Error(`${key} never reached ${String(target)}; stopped on "${await focusedName(page)}"`);
}
