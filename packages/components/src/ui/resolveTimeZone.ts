/** Turns `'local'` into the browser's IANA zone; returns other names unchanged. */
export function resolveTimeZone(zone: string): string {
  if (zone === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone;
}

/** Whether `Intl` knows this zone name (hand-typed or stored values may be stale). */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: resolveTimeZone(zone) });
    return true;
  } catch {
    return false;
  }
}
