// Hand-written guards at the client boundary: a malformed body must become an error the UI can show, never a
// crash deep in a render. A schema library would cost more bytes than the whole client.
import type { AuditColumn, AuditEvent, AuditListResponse, AuditStats, IpLocation } from './auditTypes.ts';

/** Thrown by the guards; the client wraps it in an `AuditApiError` of kind `'malformed'`. */
export class MalformedResponse extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const textFields = [
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
] as const;

/** Keeps an event whatever its odd values: numbers and booleans in text fields become strings, null is absent. */
export function parseAuditEvent(value: unknown, index = 0): AuditEvent {
  if (!isRecord(value)) throw new MalformedResponse(`event ${index} is not an object`);
  const id = value.frontegg_id ?? value.id;
  if (typeof id !== 'string' && typeof id !== 'number')
    throw new MalformedResponse(`event ${index} has no frontegg_id`);
  if (typeof value.createdAt !== 'string') throw new MalformedResponse(`event ${index} has no createdAt`);
  const event: AuditEvent = { ...value, frontegg_id: String(id), createdAt: value.createdAt };
  for (const field of textFields) {
    const raw = value[field];
    if (raw === null || raw === undefined) delete event[field];
    else if (typeof raw !== 'string')
      event[field] = typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
  }
  return event;
}

/** `{ data: AuditEvent[], total }`. */
export function parseListResponse(value: unknown): AuditListResponse {
  if (!isRecord(value) || !Array.isArray(value.data))
    throw new MalformedResponse('expected { data: [], total }');
  const data = value.data.map((event, index) => parseAuditEvent(event, index));
  // Some deployments omit total on the legacy list; the page length is then the only honest count.
  const total = value.total === undefined ? data.length : value.total;
  if (!isCount(total)) throw new MalformedResponse('total is not a count');
  return { data, total: Math.max(total, data.length) };
}

function parseColumn(value: unknown, index: number): AuditColumn {
  if (!isRecord(value) || typeof value.name !== 'string' || value.name === '') {
    throw new MalformedResponse(`column ${index} has no name`);
  }
  return {
    name: value.name,
    displayName:
      typeof value.displayName === 'string' && value.displayName !== '' ? value.displayName : value.name,
    type: typeof value.type === 'string' ? value.type : 'AlphaNumeric',
    sortable: value.sortable === true,
    filterable: value.filterable === true,
    showInTable: value.showInTable === true,
    showInMoreInfo: value.showInMoreInfo === true,
  };
}

/** `{ rows: [{ entityName: 'audits', properties: Column[] }] }`. */
export function parseColumns(value: unknown): AuditColumn[] {
  if (!isRecord(value) || !Array.isArray(value.rows)) throw new MalformedResponse('expected { rows: [] }');
  const row =
    value.rows.find((candidate) => isRecord(candidate) && candidate.entityName === 'audits') ?? value.rows[0];
  if (!isRecord(row) || !Array.isArray(row.properties))
    throw new MalformedResponse('expected rows[0].properties');
  return row.properties.map(parseColumn);
}

/** `{ totalToday, severeThisWeek }`. */
export function parseStats(value: unknown): AuditStats {
  if (!isRecord(value) || !isCount(value.totalToday) || !isCount(value.severeThisWeek)) {
    throw new MalformedResponse('expected { totalToday, severeThisWeek }');
  }
  return { totalToday: value.totalToday, severeThisWeek: value.severeThisWeek };
}

/** `{ ip, city, country_name, country_code, latitude, longitude }`; unknown parts are left out. */
export function parseIpLocation(value: unknown, ip: string): IpLocation {
  if (!isRecord(value)) throw new MalformedResponse('expected an object');
  const location: IpLocation = { ip: typeof value.ip === 'string' ? value.ip : ip };
  for (const key of ['city', 'country_name', 'country_code'] as const) {
    if (typeof value[key] === 'string') location[key] = value[key];
  }
  for (const key of ['latitude', 'longitude'] as const) {
    if (typeof value[key] === 'number' && Number.isFinite(value[key])) location[key] = value[key];
  }
  return location;
}
