// How to start this machine's Chromium: Vitest browser projects, the end-to-end suite, the consumer apps and the
// benchmarks all launch it through here. Where it is comes from the one finder `npm test` also uses.
import { findChromium } from '../../scripts/lib/chromium.mjs';

/** Path of the Chromium binary: CHROMIUM_PATH (set by `npm test`) or a known Debian path. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found)
    throw new Error('[auditkit] No Chromium found: run `npm test` (it installs one) or set CHROMIUM_PATH.');
  return found;
}

/**
 * Flags for a closed network: without the background-networking ones Chromium floods the machine with
 * refused connections; no sandbox because tests run as root in CI.
 *
 * The disabled features are the browser's own address-bar popups, drawn as WebUI pages: Chromium 156 loads them
 * (scripts of its own omnibox, "AI mode" and compose box) in the browser process for every new page, headless
 * too. On two cores they added ~80 ms to opening each new page (300–370 ms with them, 220–250 ms without, five
 * each) and competed with the page under test for the CPU. Nothing here uses an address bar.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

/** Playwright `launchOptions`, a fresh object each call (Vitest refuses two projects sharing one). */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: [...chromiumArgs], headless: true };
}
