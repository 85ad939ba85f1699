// Data for stories that need events the seeded dataset does not have on its first page: hostile and long values,
// impersonation, system events, many custom columns. Handlers here replace one route each, nothing more.
import {
  auditColumns,
  demoIdentities,
  demoToken,
  hostileStrings,
  type AuditColumn,
  type FronteggAuditColumn,
} from '@auditkit/mock-api';
import { http, HttpResponse } from 'msw';

type Event = Record<string, unknown>;

let serial = 0;
/** One event of tenant A, newest first by `minutesAgo`, with any field overridden. */
export function storyEvent(overrides: Event = {}, minutesAgo = 0): Event {
  serial += 1;
  return {
    frontegg_id: `story-${serial}`,
    tenantId: 'tenant-acme',
    vendorId: 'vendor-auditkit-demo',
    createdAt: new Date(Date.UTC(2026, 10, 20, 11, 0, 0) - minutesAgo * 60_000).toISOString(),
    user: 'Ada Lovelace',
    email: 'ada@acme.test',
    userId: 'user-acme-ada',
    action: 'Updated role',
    description: 'Changed Grace Hopper from Member to Admin',
    resource: 'users/user-acme-grace/roles',
    severity: 'Medium',
    ip: '81.2.69.142',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0',
    json: { before: { role: 'Member' }, after: { role: 'Admin' } },
    ...overrides,
  };
}

/** An action taken by support while impersonating Ada (`actorMail` set). */
export const impersonatedEvent = storyEvent({ actorMail: 'support@auditkit.dev', action: 'Reset MFA' }, 5);

/** A system event: no user at all, which must read as the system, never as "unknown". */
export const systemEvent = storyEvent(
  { user: undefined, email: undefined, userId: undefined, action: 'Nightly key rotation', ip: undefined },
  10,
);

/** Every hostile string of the mock in every text field, one event each. */
export const hostileEvents: Event[] = hostileStrings.map((text, index) =>
  storyEvent(
    {
      user: text,
      email: index % 2 ? text : 'ada@acme.test',
      action: text,
      description: text,
      resource: text,
      severity: index % 3 ? 'Info' : text,
      ip: index % 4 ? '81.2.69.142' : text,
      userAgent: text,
      json: { before: { value: text }, after: { value: `${text}!` } },
    },
    index,
  ),
);

const longWord = `https://acme.example/${'segment/'.repeat(60)}end`;
/** Values far longer than any cell: an unbroken URL, a 4 KB description, a deep payload. */
export const longEvents: Event[] = [
  storyEvent(
    { action: `Imported ${'very '.repeat(40)}large file`, description: longWord, resource: longWord },
    0,
  ),
  storyEvent({ description: 'Long description. '.repeat(220), email: `${'a'.repeat(120)}@acme.test` }, 1),
  storyEvent(
    {
      json: Array.from({ length: 40 }, (_, i) => ({ key: `setting-${i}`, before: 'x'.repeat(80), after: i })),
    },
    2,
  ),
];

/** The default columns plus ten of a vendor's own, all in the table. */
export const manyColumns: AuditColumn[] = [
  ...auditColumns.map((column) => ({ ...column, showInTable: true })),
  ...[
    'Project',
    'Environment',
    'Region code',
    'Request id',
    'Session',
    'Plan',
    'Seats',
    'Country',
    'Team',
    'Ticket',
  ].map((displayName, index): AuditColumn => ({
    name: `custom_${index}`,
    displayName,
    type: 'AlphaNumeric',
    sortable: true,
    filterable: true,
    showInTable: true,
    showInMoreInfo: true,
  })),
];

/** Events that carry values for the custom columns. */
export const customColumnEvents: Event[] = Array.from({ length: 12 }, (_, i) =>
  storyEvent(
    Object.fromEntries(
      manyColumns
        .slice(auditColumns.length)
        .map((column, c) => [column.name, `${column.displayName} ${i + c}`]),
    ),
    i * 7,
  ),
);

/** Replaces the v2 list with `events` (paged and counted as the API does). */
export const listHandler = (events: Event[]) =>
  http.get('*/audits/resources/audits/v2', ({ request }) => {
    const url = new URL(request.url);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const count = Number(url.searchParams.get('count') ?? 20);
    return HttpResponse.json({ data: events.slice(offset, offset + count), total: events.length });
  });

/**
 * A list that never answers: a loading state for as long as the story is open. The mock's longest delay (30 s)
 * ran out before a docs page on a busy machine reached the preview, which then showed rows instead.
 */
export const pendingListHandler = () =>
  http.get('*/audits/resources/audits/v2', () => new Promise<never>(() => {}));

/** Replaces the column metadata with `columns`. */
export const metadataHandler = (columns: readonly (AuditColumn | FronteggAuditColumn)[]) =>
  http.get('*/metadata', () => HttpResponse.json({ rows: [{ entityName: 'audits', properties: columns }] }));

/** The mock's default columns, for parts that take `columns` as a prop. */
export const defaultColumns: readonly AuditColumn[] = auditColumns;

/** The API's own count of events matching `params` (the tenant A admin's view): the oracle for a story's play. */
export async function apiTotal(params: Record<string, string> = {}): Promise<number> {
  const token = await demoToken(demoIdentities.tenantAAdmin);
  const search = new URLSearchParams({ count: '1', offset: '0', ...params });
  const response = await fetch(`/frontegg/audits/resources/audits/v2?${search}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { total: number }).total;
}

/**
 * Events shaped as Frontegg's own demo data has them (facts from its React SDK and redux store, in our own words):
 * `createdAt` without `T` or zone (UTC), `_id` instead of `frontegg_id` (one event with no id at all), the `json`
 * payload as plain keys, and vendor fields of any name. Served with Frontegg's metadata (`fronteggAuditColumns`:
 * `'Always'` or absent, `severity` hidden by default).
 */
export const fronteggShapedEvents: Event[] = [
  {
    _id: '6070d0a8c2b5f3001e4a7c11',
    createdAt: '2021-04-07 10:50:40.201',
    user: 'Dana Demo',
    email: 'dana@acme.test',
    action: 'User logged in',
    description: 'Dana signed in with SAML',
    severity: 'Info',
    ip: '81.2.69.142',
    userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/156.0',
    tenantId: 'tenant-acme',
    vendorId: 'vendor-auditkit-demo',
    json: { loginMethod: 'saml', mfa: true },
    region: 'eu-west-1',
    resource: 'sessions/8c41',
    __v: 0,
  },
  {
    _id: '6070d0a8c2b5f3001e4a7c12',
    createdAt: '2021-04-07 10:49:40.201',
    user: 'Dana Demo',
    email: 'dana@acme.test',
    action: 'Assigned roles',
    description: 'Assigned 2 roles to lee@acme.test',
    severity: 'High',
    ip: '81.2.69.142',
    tenantId: 'tenant-acme',
    vendorId: 'vendor-auditkit-demo',
    json: { before: { roles: ['Member'] }, after: { roles: ['Member', 'Admin'] } },
    region: 'eu-west-1',
    ticket: 'SEC-1042',
  },
  {
    createdAt: '2021-04-07 10:47:40.201',
    action: 'Nightly key rotation',
    description: 'Rotated the signing keys',
    severity: 'Critical',
    tenantId: 'tenant-acme',
    vendorId: 'vendor-auditkit-demo',
    json: {},
  },
];
