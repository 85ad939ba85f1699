import { boundedCache } from './boundedCache.ts';

// Every timestamp cell of every render asks these; building an Intl.DateTimeFormat costs tens of microseconds,
// which was half of the table's main-thread time before they were remembered.
const validity = boundedCache<boolean>(64);
let localZone: string | undefined;

/** Turns `'local'` into the browser's IANA zone; returns other names unchanged. */
export function resolveTimeZone(zone: string): string {
  if (zone !== 'local') return zone;
  // The browser's zone is read once per page: a machine changing zones mid-session keeps the first until reload.
  localZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return localZone;
}

/** Whether `Intl` knows this zone name (hand-typed or stored values may be stale). */
export function isValidTimeZone(zone: string): boolean {
  return validity(zone, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: resolveTimeZone(zone) });
      return true;
    } catch {
      return false;
    }
  });
}
