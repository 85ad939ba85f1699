/**
 * The shortest interval, in ms, at which a hook polls the audits API. Each poll is a request to the host's API for
 * every open log, so an interval given as if in seconds (`newEventsInterval={30}`) asked the stats and the count
 * about 16 times a second each.
 */
export const minPollInterval = 5_000;

/** Once per page, not once per hook or render: every log on the page is given the same props. */
let warned = false;

/**
 * The interval a polling hook hands to Query: `interval` raised to {@link minPollInterval} when it is shorter,
 * with a one-time development warning naming `option` of `caller`. `false`, `undefined`, `0` and anything Query
 * does not time (negative, not finite) are kept as they are: Query polls on none of them.
 *
 * @example
 * ```ts
 * refetchInterval: pollInterval(options.interval, 'useNewEventsSince', 'interval'), // 30 → 5000
 * ```
 */
export function pollInterval(
  interval: number | false | undefined,
  caller: string,
  option: string,
): number | false | undefined {
  if (typeof interval !== 'number' || !(interval > 0) || interval >= minPollInterval) return interval;
  warnShortInterval(interval, caller, option);
  return minPollInterval;
}

function warnShortInterval(interval: number, caller: string, option: string): void {
  // Not on the server, which never polls: the browser says it once hydrated.
  // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
  // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
  if (process.env.NODE_ENV === 'production' || warned || typeof window === 'undefined') return;
  warned = true;
  console.warn(
    `[auditkit] ${caller}: \`${option}\` is in milliseconds, and ${interval} would ask the audits API every ` +
      `${interval} ms; it polls every ${minPollInterval} ms instead, the shortest interval it takes. ` +
      `<AuditLog newEventsInterval>, <StatsStrip interval> and <NewEventsNotice interval> are in milliseconds ` +
      `too: 30 seconds is 30000.`,
  );
}
