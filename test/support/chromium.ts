// One place that knows how to start this machine's Chromium (Debian's package; Playwright never downloads one).
// Vitest browser projects, the end-to-end suite and the benchmarks all launch it through here.
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of the Chromium binary: CHROMIUM_PATH (set by `npm test`) or a known Debian path. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error('[auditkit] No Chromium found: run `npm test` (it installs one) or set CHROMIUM_PATH.');
  return found;
}

/**
 * Flags for a closed network: without the background-networking ones Chromium floods the machine with
 * refused connections; no sandbox because tests run as root in CI.
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
];

/** Playwright `launchOptions`, a fresh object each call (Vitest refuses two projects sharing one). */
export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: [...chromiumArgs], headless: true };
}
