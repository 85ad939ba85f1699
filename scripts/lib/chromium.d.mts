/** Where Debian and Ubuntu put Chromium (or Chrome). */
export declare const chromiumCandidates: readonly string[];
/** Path of the Chromium binary: CHROMIUM_PATH when it exists, else the first known path that does. */
export declare function findChromium(): string | undefined;
