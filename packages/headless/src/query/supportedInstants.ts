// The instants the library reads and writes: the years 0001 to 9999 in UTC. `toISOString()` writes them as
// `YYYY-MM-DDTHH:mm:ss.sssZ`, which a link, a saved view, the API and a `datetime-local` input all read back,
// and which sort as text in time order; the year 0 (1 BC, which Intl numbers 1) and years past 9999 need an
// expanded `±YYYYYY` form that none of them reads.

/** `0001-01-01T00:00:00.000Z`, the first instant of the year 0001. */
export const firstSupportedInstant = -62_135_596_800_000;
/** `9999-12-31T23:59:59.999Z`, the last instant of the year 9999. */
export const lastSupportedInstant = 253_402_300_799_999;

/** Whether an instant (ms) is in the years 0001 to 9999 in UTC; `false` for `NaN`. */
export const isSupportedInstant = (instant: number): boolean =>
  instant >= firstSupportedInstant && instant <= lastSupportedInstant;

/** Whether a year as written (`0000`, `2026`) is one of 0001 to 9999. */
export const isSupportedYear = (year: number): boolean => year >= 1 && year <= 9999;
