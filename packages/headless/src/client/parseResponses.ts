// Hand-written guards at the client boundary: a malformed body must become an error the UI can show, never a
// crash deep in a render. A schema library would cost more bytes than the whole client.
import type { AuditColumn, AuditEvent, AuditListResponse, AuditStats, IpLocation } from './auditTypes.ts';
import { fnv1a } from '../util/fnv1a.ts';
import { UNSHOWABLE_VALUE } from './unshowableValue.ts';

/** Thrown by the guards; the client wraps it in an `AuditApiError` of kind `'malformed'`. */
export class MalformedResponse extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Number.isInteger is false for anything but a number: no typeof check needed.
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** The event's documented text fields (`AuditEvent`): kept as text, and sortable whatever the metadata says. */
export const textFields: readonly string[] = [
  'tenantId',
  'vendorId',
  'user',
  'email',
  'userId',
  'action',
  'description',
  'resource',
  'severity',
  'ip',
  'userAgent',
  'actorMail',
];

// Number.isFinite (unlike the global isFinite) is false for anything but a number: no typeof check needed.
const isId = (value: unknown): value is string | number =>
  (typeof value === 'string' && value !== '') || Number.isFinite(value);

/** A value's compact JSON, or `fallback` when it has none (too deep to write, a cycle, a function). */
function jsonOf(value: unknown, fallback: string): string {
  try {
    return JSON.stringify(value) ?? fallback;
  } catch {
    return fallback;
  }
}

// FNV-1a over the event's JSON: a stable stand-in id for an event that carries none (Frontegg's own demo events
// have neither `frontegg_id` nor `_id`), so a refetch keeps the same row keys and no page is rejected for it.
const contentId = (value: Record<string, unknown>): string =>
  `content-${fnv1a(jsonOf(value, String(value.createdAt)))
    .toString(16)
    .padStart(8, '0')}`;

/**
 * An event's time as text: a number (milliseconds since 1970, as `auditTimeMs` reads one) as its ISO instant, so
 * the time, the new-events poll and the export's snapshot can read it; as its digits only when no date has it.
 * Anything else (null, missing, an object) is `''`: the API requires the field, yet one event without a readable
 * one must not fail its page (and, scrolling, every page after it); the time cell shows it as any time it cannot
 * read.
 */
function eventTime(value: unknown): string {
  if (typeof value === 'string') return value;
  // `toJSON` is the ISO instant, or null (never a throw) when no date has it.
  return Number.isFinite(value) ? (new Date(value as number).toJSON() ?? String(value)) : '';
}

/**
 * Keeps an event whatever its odd values: numbers and booleans in text fields become strings, objects and arrays
 * compact JSON (or {@link UNSHOWABLE_VALUE} when too deep to write), null is absent.
 * The id is `frontegg_id`, else Frontegg's `_id` (what `@frontegg/rest-api` types), else `id`, else one derived
 * from the content. `createdAt` is kept as sent (read it with `parseAuditTime`: a zone-less time is UTC), a
 * number of milliseconds written as its ISO instant, anything else (null, missing, an object) as `''`.
 */
export function parseAuditEvent(value: unknown, index = 0): AuditEvent {
  if (!isRecord(value)) throw new MalformedResponse(`event ${index} is not an object`);
  const id = [value.frontegg_id, value._id, value.id].find(isId) ?? contentId(value);
  const event: AuditEvent = {
    ...value,
    frontegg_id: String(id),
    createdAt: eventTime(value.createdAt),
  };
  for (const field of textFields) {
    const raw = value[field];
    if (raw === null || raw === undefined) delete event[field];
    else if (typeof raw !== 'string')
      event[field] = typeof raw === 'object' ? jsonOf(raw, UNSHOWABLE_VALUE) : String(raw);
  }
  return event;
}

/** `{ data: AuditEvent[], total }`. */
export function parseListResponse(value: unknown): AuditListResponse {
  if (!isRecord(value) || !Array.isArray(value.data))
    throw new MalformedResponse('expected { data: [], total }');
  const data = value.data.map(parseAuditEvent);
  // Content-derived ids of identical events would collide as row keys: number the repeats, past every id the
  // page holds (`a`, `a`, `a~1` numbers the second `a` as `a~2`), so that no renamed repeat takes another event's id.
  // The last number given to each id seen (0: none yet), so a page of many repeats is numbered in one pass.
  const taken = new Set(data.map((event) => event.frontegg_id));
  const numbered = new Map<string, number>();
  for (const event of data) {
    const own = event.frontegg_id;
    let times = numbered.get(own);
    if (times !== undefined) {
      while (taken.has(event.frontegg_id)) event.frontegg_id = `${own}~${++times}`;
      taken.add(event.frontegg_id);
    }
    numbered.set(own, times ?? 0);
  }
  // Some deployments omit total on the legacy list: the page length is then a lower bound, marked as such so
  // that nothing holds the export to it as a count.
  if (value.total === undefined) return { data, total: data.length, totalUnknown: true };
  if (!isCount(value.total)) throw new MalformedResponse('total is not a count');
  return { data, total: Math.max(value.total, data.length) };
}

const isShownInMoreInfo = (value: unknown) =>
  value === true || (typeof value === 'string' && ['always', 'true'].includes(value.trim().toLowerCase()));

function parseColumn(value: unknown): AuditColumn | undefined {
  if (!isRecord(value) || typeof value.name !== 'string' || value.name === '') return undefined;
  return {
    name: value.name,
    // An empty display name is no name: `||`, not `??`.
    displayName: (typeof value.displayName === 'string' && value.displayName) || value.name,
    type: typeof value.type === 'string' ? value.type : 'AlphaNumeric',
    sortable: value.sortable === true,
    filterable: value.filterable === true,
    // Frontegg's own service has answered with columns that never say it (only name, displayName, type,
    // filterable, sortable): a column the vendor declares and does not hide is shown, or the table has one column.
    showInTable: (value.showInTable ?? true) === true,
    // Frontegg sends 'Always' or leaves it out; `true` is accepted as the same. Not forced is not hidden: the
    // details panel lists every field either way.
    showInMoreInfo: isShownInMoreInfo(value.showInMoreInfo),
    ...(typeof value.isPredefined === 'boolean' && { isPredefined: value.isPredefined }),
  };
}

/**
 * `{ rows: [{ entityName: 'audits', properties: Column[] }] }`. An entry that is no column (no name, null, not an
 * object) is left out; properties of which none is a column (an empty list too) are malformed.
 */
export function parseColumns(value: unknown): AuditColumn[] {
  if (!isRecord(value) || !Array.isArray(value.rows)) throw new MalformedResponse('expected { rows: [] }');
  const row =
    value.rows.find((candidate) => isRecord(candidate) && candidate.entityName === 'audits') ?? value.rows[0];
  if (!isRecord(row) || !Array.isArray(row.properties))
    throw new MalformedResponse('expected rows[0].properties');
  // One odd entry must not fail the whole answer: the log would fall back to Frontegg's default columns, and the
  // tenant's own columns would leave the table and the export.
  const columns = row.properties.map(parseColumn).filter((column) => column !== undefined);
  // No column at all is no answer, as `{ rows: [] }` is: accepted, it left a table of no data column and no word
  // why, where a malformed answer shows the standard columns and says so.
  if (columns.length === 0) throw new MalformedResponse('no column has a name');
  return columns;
}

/**
 * `{ totalToday, severeThisWeek }`. A field that is no count is `undefined` and the other kept; an answer with
 * neither is malformed.
 */
export function parseStats(value: unknown): AuditStats {
  if (!isRecord(value)) throw new MalformedResponse('expected { totalToday, severeThisWeek }');
  // One odd field must not fail the whole answer: the strip then showed neither count, the good one lost too.
  const totalToday = isCount(value.totalToday) ? value.totalToday : undefined;
  const severeThisWeek = isCount(value.severeThisWeek) ? value.severeThisWeek : undefined;
  if (totalToday === undefined && severeThisWeek === undefined)
    throw new MalformedResponse('expected { totalToday, severeThisWeek }');
  return { totalToday, severeThisWeek };
}

/**
 * `{ ip, city, country_name, country_code, zip, latitude, longitude, location: { country_flag,
 * country_flag_emoji } }` (Frontegg's `IMetadataIp`); `null` and unknown parts are left out.
 */
export function parseIpLocation(value: unknown, ip: string): IpLocation {
  if (!isRecord(value)) throw new MalformedResponse('expected an object');
  const location: IpLocation = { ip: typeof value.ip === 'string' && value.ip !== '' ? value.ip : ip };
  for (const key of ['city', 'country_name', 'country_code', 'zip'] as const) {
    if (typeof value[key] === 'string') location[key] = value[key];
  }
  for (const key of ['latitude', 'longitude'] as const) {
    if (typeof value[key] === 'number' && Number.isFinite(value[key])) location[key] = value[key];
  }
  if (isRecord(value.location)) {
    const flags: NonNullable<IpLocation['location']> = {};
    for (const key of ['country_flag', 'country_flag_emoji'] as const) {
      if (typeof value.location[key] === 'string') flags[key] = value.location[key];
    }
    if (Object.keys(flags).length > 0) location.location = flags;
  }
  return location;
}
