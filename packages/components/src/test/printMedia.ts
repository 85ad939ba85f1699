// Test helper: print media. Printing (or Save as PDF) lays the page out with the `print` media type; Chromium's
// media emulation (over CDP) applies it to the page as it is, so a test can read what would print: what is
// shown, where it is, in which colours. It does not paginate: the page keeps the viewport's width.
import { afterEach } from 'vitest';
import { cdp } from 'vitest/browser';

/** Lays the page out for print from now until the end of the calling test (see {@link screenAfterEach}). */
export async function printMedia(): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
}

/** Puts the page back on screen media after each test of the calling file. */
export function screenAfterEach(): void {
  afterEach(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  });
}
