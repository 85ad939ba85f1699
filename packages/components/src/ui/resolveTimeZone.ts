import { boundedCache } from './boundedCache.ts';

// Every timestamp cell of every render asks these; building an Intl.DateTimeFormat costs tens of microseconds,
// which was half of the table's main-thread time before they were remembered.
const validity = boundedCache<boolean>(64);
let localZone: string | undefined;
/** Unknown zones already warned about: once per page, not once per cell or render. */
const warned = new Set<string>();

/**
 * Tells the embedder, once per zone and in development only, that a zone is not one `Intl` knows: everything is
 * then shown in UTC, and the picker says so, but a typo in `<AuditLog timeZone="Europe/Pariss">` looked like a
 * choice of UTC.
 */
function warnUnknownZone(zone: string): void {
  // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
  // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
  if (process.env.NODE_ENV === 'production' || warned.has(zone) || warned.size >= 64) return;
  warned.add(zone);
  console.warn(
    `[auditkit] The time zone "${zone}" is not one this browser knows, so times are shown in UTC. ` +
      `Give an IANA name (\`Europe/Paris\`), 'UTC' or 'local'.`,
  );
}

/** Turns `'local'` into the browser's IANA zone; returns other names unchanged. */
export function resolveTimeZone(zone: string): string {
  if (zone !== 'local') return zone;
  // The browser's zone is read once per page: a machine changing zones mid-session keeps the first until reload.
  localZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localZone;
}

/**
 * Whether `Intl` knows this zone name (hand-typed or stored values may be stale); every caller then shows UTC
 * instead, and a development build warns once about the zone.
 */
export function isValidTimeZone(zone: string): boolean {
  return validity(zone, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: resolveTimeZone(zone) });
      return true;
    } catch {
      warnUnknownZone(zone);
      return false;
    }
  });
}
