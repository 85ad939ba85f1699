// The one place that knows where this machine's Chromium is (Debian's package; Playwright never downloads one).
// `npm test` installs it if missing (toolchain.mjs); Vitest, the end-to-end suite, the consumer apps and the
// benchmarks launch it through test/support/chromium.ts, which asks here.
import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu put Chromium (or Chrome). */
export const chromiumCandidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/**
 * Path of the Chromium binary: CHROMIUM_PATH when it exists, else the first known path that does.
 *
 * @returns {string | undefined}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return chromiumCandidates.find((path) => existsSync(path));
}
