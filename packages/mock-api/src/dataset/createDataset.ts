import { actionCatalog, actionWeightTotal, systemUserAgent, userAgents } from './actionCatalog.ts';
import { DEMO_SUPPORT_EMAIL, DEMO_VENDOR_ID } from './demoTenants.ts';
import { hostileStrings } from './hostileStrings.ts';
import { fronteggTimeFromMs } from './isoTime.ts';
import { parseInstant } from '../handlers/parseDateTime.ts';
import { createRandom, hashInts, pickWeighted, uuidFrom } from './random.ts';
import type { Random } from './random.ts';
import { seededTenants } from './seededTenants.ts';
import type { AuditEvent, DemoTenant } from './types.ts';

/** The largest dataset size per tenant. */
export const MAX_EVENTS_PER_TENANT = 1_000_000;

/** The default dataset size per tenant: small enough that the first list is instant. */
export const DEFAULT_EVENTS_PER_TENANT = 2_500;

/** The default seed. */
export const DEFAULT_SEED = 20_251_126;

const SPAN_MS = 180 * 24 * 60 * 60 * 1000;
/**
 * Series up to this size keep each event once built (a few MB at most): every filter or search scans the whole
 * series, and building an event from its hash is most of a scan's time (a severity filter over 10,000 events
 * took ~40 ms per request, ~5 ms with the events kept). Larger series stay computed on demand, so a 1,000,000-row
 * export still holds nothing.
 */
const KEPT_SERIES_MAX = 20_000;

/** Options of {@link createDataset}. */
export interface DatasetOptions {
  /**
   * The seed every event derives from.
   * @default 20251126
   */
  seed?: number | undefined;
  /**
   * The newest possible event time. Tests pass a fixed value. A date-time string without a zone
   * (`'2026-01-01T00:00:00'`, or the mock's own `'2026-01-01 00:00:00.000'`) is read as UTC, never in the
   * machine's local time, so the data is the same on every machine.
   * @default the current time rounded down to the minute
   */
  now?: Date | string | number | undefined;
  /**
   * The tenants generated events are seeded for: tenant ids (a demo id is that demo tenant; any other id gets users
   * of its own) or whole tenants with their users, at most 1,000. A tenant not listed still answers, with no
   * events until some are created in it: as the real service, which reads any tenant a token names.
   * @default demoTenants (`tenant-acme`, `tenant-globex`, `tenant-initech`)
   * @example
   * createMockAuditApi({ tenants: [...demoTenants, 'tenant-from-my-frontegg-app'] });
   */
  tenants?: readonly (string | DemoTenant)[] | undefined;
}

/** The events of one tenant at one size, each computed on demand from its index. */
export interface TenantSeries {
  readonly tenant: DemoTenant;
  readonly size: number;
  /** `createdAt` of event `index` in epoch ms; strictly decreasing with `index`. */
  timeAt(index: number): number;
  /** Event `index` (0 is the newest). */
  eventAt(index: number): AuditEvent;
}

/** A deterministic, lazily computed audit dataset. */
export interface AuditDataset {
  readonly seed: number;
  /** Epoch ms of the newest possible event. */
  readonly now: number;
  /** The tenants events are generated for (see {@link DatasetOptions.tenants}). */
  readonly tenants: readonly DemoTenant[];
  /** The series of `tenantId` at `size` events, or `undefined` for a tenant not seeded. */
  series(tenantId: string, size: number): TenantSeries | undefined;
}

/**
 * Creates the deterministic dataset: event `i` of a tenant is a pure function of (seed, tenant, i, size), and
 * `createdAt` strictly decreases with `i`, so "newest first" is index order and nothing is ever materialised.
 *
 * @example
 * const dataset = createDataset({ seed: 1, now: '2026-01-01T00:00:00Z' });
 * dataset.series('tenant-acme', 100)?.eventAt(0); // the newest event of Acme
 */
export function createDataset(options: DatasetOptions = {}): AuditDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(seed)) throw new TypeError(`seed must be an integer, got ${String(options.seed)}`);
  const now = resolveNow(options.now);
  // `createdAt` is always written as Frontegg sends it (`2021-04-07 10:50:40.201`, UTC, no zone). The old
  // undocumented `timeFormat: 'iso'` wrote generated events in ISO while created ones stayed in Frontegg's format,
  // behaviour the real service never had: passing it now fails loudly, like the removed `fidelity: 'compat'`.
  const { timeFormat } = options as { timeFormat?: unknown };
  if (timeFormat !== undefined && timeFormat !== 'frontegg')
    throw new TypeError(
      `timeFormat was removed: createdAt is always in Frontegg's format (2021-04-07 10:50:40.201, UTC), got ${String(timeFormat)}`,
    );
  const formatTime = fronteggTimeFromMs;
  // One series a tenant, of the size last asked for: each size switched to through the control route
  // (`eventsPerTenant`) kept its own, ~16 MB once its events were read, and none was ever dropped. A request in
  // flight keeps the series it started with.
  const cache = new Map<string, { size: number; series: TenantSeries }>();
  const seeded = seededTenants(options.tenants);
  const byId = new Map(seeded.map((s) => [s.tenant.tenantId, s]));
  return {
    seed,
    now,
    tenants: Object.freeze(seeded.map((s) => s.tenant)),
    series(tenantId, size) {
      const found = byId.get(tenantId);
      if (!found) return undefined;
      const { tenant, hashKey } = found;
      assertSize(size, `events for ${tenantId}`);
      const cached = cache.get(tenantId);
      if (cached?.size === size) return cached.series;
      const series = createSeries(seed, now, tenant, hashKey, size, formatTime);
      cache.set(tenantId, { size, series });
      return series;
    },
  };
}

/** Throws a RangeError unless `size` is an integer from 0 to 1,000,000. */
export function assertSize(size: number, what: string): void {
  if (!Number.isInteger(size) || size < 0 || size > MAX_EVENTS_PER_TENANT) {
    throw new RangeError(
      `${what} must be an integer from 0 to ${MAX_EVENTS_PER_TENANT}, got ${String(size)}`,
    );
  }
}

/**
 * Throws a RangeError unless `tenantId` is one of `tenants`, naming `what` and the known ids: a size or an empty
 * tenant set for an id the dataset does not have would change nothing, silently.
 */
export function assertKnownTenant(
  tenantId: string,
  tenants: readonly { readonly tenantId: string }[],
  what: string,
): void {
  if (!tenants.some((t) => t.tenantId === tenantId))
    throw new RangeError(
      `${what}: unknown tenant ${tenantId}; known: ${tenants.map((t) => t.tenantId).join(', ')}`,
    );
}

// A date-time without a zone: `Date.parse` reads it in the machine's local time, so the data (and every snapshot
// of it) would differ between a laptop and CI.
const zonelessDateTime = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?$/;

/** Epoch ms of a `now` string: a zone-less date-time as UTC (read like a request's times), anything else as given. */
function parseNow(text: string): number {
  const zoneless = zonelessDateTime.exec(text.trim());
  if (!zoneless) return Date.parse(text);
  const [, date, hoursMinutes, seconds] = zoneless;
  return parseInstant(`${date}T${hoursMinutes}${seconds ?? ':00'}Z`)?.ms ?? NaN;
}

/** The dataset's `now` in epoch ms, as `createDataset` reads it; a value that is no date throws a `TypeError`. */
export function resolveNow(now: DatasetOptions['now']): number {
  if (now === undefined) return Math.floor(Date.now() / 60_000) * 60_000;
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : parseNow(now);
  if (!Number.isFinite(ms)) throw new TypeError(`now must be a valid date, got ${String(now)}`);
  return ms;
}

function createSeries(
  seed: number,
  now: number,
  tenant: DemoTenant,
  tenantKey: number,
  size: number,
  formatTime: (ms: number) => string,
): TenantSeries {
  // Whole seconds; each event sits in its own step-wide slot, so times strictly decrease with the index.
  const stepSeconds = Math.max(2, Math.floor(SPAN_MS / Math.max(size, 1) / 1000));
  const timeAt = (index: number): number => {
    const jitter = hashInts(seed, tenantKey, index, 1) % stepSeconds;
    return now - (index * stepSeconds + jitter) * 1000;
  };
  const build = (index: number) =>
    buildEvent(createRandom(hashInts(seed, tenantKey, index)), tenant, formatTime(timeAt(index)));
  const kept = size <= KEPT_SERIES_MAX ? new Array<AuditEvent | undefined>(size) : undefined;
  return {
    tenant,
    size,
    timeAt,
    eventAt(index) {
      if (!Number.isInteger(index) || index < 0 || index >= size) {
        throw new RangeError(`event index must be an integer from 0 to ${size - 1}, got ${index}`);
      }
      return kept ? (kept[index] ??= build(index)) : build(index);
    },
  };
}

function buildEvent(random: Random, tenant: DemoTenant, createdAt: string): AuditEvent {
  const template = pickWeighted(random, actionCatalog, actionWeightTotal);
  const actor = template.system ? undefined : random.pick(tenant.users);
  const draft = template.draft(random, actor, tenant);
  const event: AuditEvent = {
    frontegg_id: uuidFrom(random),
    tenantId: tenant.tenantId,
    vendorId: DEMO_VENDOR_ID,
    createdAt,
    action: template.action,
    description: draft.description,
    resource: draft.resource,
    severity: template.severity,
    ip: actor ? pickIp(random, actor.homeIp) : `10.0.${random.int(256)}.${1 + random.int(254)}`,
    userAgent: actor ? random.pick(userAgents) : systemUserAgent,
    json: draft.json,
    region: tenant.region,
  };
  if (actor) {
    event.user = actor.name;
    event.email = actor.email;
    event.userId = actor.userId;
    if (random.chance(0.02)) event.actorMail = DEMO_SUPPORT_EMAIL;
  }
  if (random.chance(0.01)) makeHostile(random, event);
  return event;
}

function pickIp(random: Random, homeIp: string): string {
  if (random.chance(0.8)) return homeIp;
  if (random.chance(0.3)) {
    const group = () => random.int(0x10000).toString(16);
    return `2001:db8:${group()}:${group()}::${group()}`;
  }
  return `${1 + random.int(223)}.${random.int(256)}.${random.int(256)}.${1 + random.int(254)}`;
}

function makeHostile(random: Random, event: AuditEvent): void {
  const text = random.pick(hostileStrings);
  const field = random.pick([
    'description',
    'description',
    'description',
    'action',
    'resource',
    'user',
    'json',
  ] as const);
  if (field === 'json') event.json = { note: text, before: { value: text }, after: { value: null } };
  else if (field === 'user' && event.user === undefined) event.description = text;
  else event[field] = text;
}
