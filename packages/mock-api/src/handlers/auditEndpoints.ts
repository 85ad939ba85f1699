import { READ_AUDITS, WRITE_AUDITS } from '../auth/createDemoToken.ts';
import { createCsvStream } from '../csv/createCsvStream.ts';
import type { ValidatedQuery } from '../openapi/createOpenApiValidator.ts';
import { apiError, jsonResponse } from './apiError.ts';
import type { ApiState } from './apiState.ts';
import type { AuditTokenClaims } from '../auth/jwt.ts';
import { namedTenants, refuseOtherTenants, resolveTenants } from './authorize.ts';
import { isIpAddress, locateIp } from './ipLocation.ts';
import { parseExportBody } from './parseExportBody.ts';
import { parseListQuery } from './parseListQuery.ts';
import type { PagingRule } from './parseListQuery.ts';
import { selectEvents, streamEvents } from './queryEvents.ts';
import { timeRange } from './tenantTimeline.ts';
import type { MockEndpoint } from '../scenario/mockScenario.ts';

/**
 * What an endpoint gets: the request, path parameters, the checked query and body, the api's state. Endpoints read
 * the query through `query` only (no parsed URL here), so never a parameter their operation does not document.
 */
export interface EndpointContext {
  request: Request;
  params: string[];
  /** The query, already checked against the OpenAPI document. */
  query: ValidatedQuery;
  /** The JSON body, already checked against the document (operations with a body only). */
  body: Record<string, unknown> | undefined;
  /** The verified token (every route needs one; it is checked before the request's parameters). */
  claims: AuditTokenClaims;
  traceId: string;
  state: ApiState;
}

type Endpoint = (context: EndpointContext) => Promise<Response>;

const severe = new Set(['high', 'critical', 'error']);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The tenants an endpoint acts on; its permission was checked before its parameters (see endpointPermissions). */
async function tenantsFor(
  context: EndpointContext,
  need: 'one' | 'many',
  paramPicksOne = false,
): Promise<string[]> {
  return resolveTenants(
    context.claims,
    namedTenants(context.request, context.query, context.body),
    need,
    context.state.tenantIds(),
    paramPicksOne,
  );
}

/**
 * The check of the routes that read no tenant's events (metadata, IP lookups): they need no permission and no
 * tenant, but a user token that names another tenant is refused there too (403), as on every route of the contract.
 */
function refuseOtherTenant(context: EndpointContext): void {
  refuseOtherTenants(context.claims, namedTenants(context.request, context.query));
}

function cacheFor(context: EndpointContext) {
  return { ...context.state.matchCache(), signal: context.request.signal };
}

function list(rule: PagingRule): Endpoint {
  return async (context) => {
    const tenants = await tenantsFor(context, 'many');
    const query = parseListQuery(context.query, rule);
    const { total, events } = await selectEvents(context.state.timelines(tenants), query, cacheFor(context));
    return jsonResponse({ data: [...events], total }, 200, context.traceId);
  };
}

function exportCsv(rule: PagingRule, status: number): Endpoint {
  return async (context) => {
    const tenants = await tenantsFor(context, 'one');
    const query = parseListQuery(context.query, rule);
    const properties = parseExportBody(context.body ?? {});
    const events = await streamEvents(context.state.timelines(tenants), query, cacheFor(context));
    const scenario = context.state.scenario();
    const stream = createCsvStream(events, properties, {
      chunkDelayMs: scenario.exportStream === 'slow' ? scenario.exportChunkDelayMs : 0,
      ...(scenario.exportStream === 'broken' && { breakAfterRows: scenario.exportBreakAfterRows }),
    });
    const name =
      rule === 'legacyExport'
        ? fileName(context.query.values.outputFileName as string | undefined)
        : 'audits.csv';
    return new Response(stream, {
      status,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
        'frontegg-trace-id': context.traceId,
      },
    });
  };
}

/** A safe attachment name from `outputFileName`: no quotes, slashes or control characters; `.csv` added. */
function fileName(requested: string | undefined): string {
  const cleaned = (requested ?? '')
    .replace(/[^\w .()-]/g, '_')
    .trim()
    .slice(0, 100);
  if (!cleaned) return 'audits.csv';
  return /\.csv$/i.test(cleaned) ? cleaned : `${cleaned}.csv`;
}

const stats: Endpoint = async (context) => {
  // A `tenantId` parameter picks the tenant of an environment token, as the legacy list's does (and as Frontegg's
  // service took it: see statsParameters); a user token naming another tenant with it is a 403.
  const [tenantId] = await tenantsFor(context, 'one', true);
  const [timeline] = context.state.timelines([tenantId as string]);
  const now = context.state.referenceNow();
  const startOfDay = Math.floor(now / DAY_MS) * DAY_MS;
  let totalToday = 0;
  let severeThisWeek = 0;
  if (timeline) {
    const [todayStart, todayEnd] = timeRange(timeline, startOfDay, Infinity);
    totalToday = todayEnd - todayStart;
    const [weekStart, weekEnd] = timeRange(timeline, now - 7 * DAY_MS, Infinity);
    for (let p = weekStart; p < weekEnd; p++) {
      if (severe.has(String(timeline.at(p).severity).toLowerCase())) severeThisWeek++;
    }
  }
  return jsonResponse({ totalToday, severeThisWeek }, 200, context.traceId);
};

const create: Endpoint = async (context) => {
  const [tenantId] = await tenantsFor(context, 'one');
  const event = context.state.addCreated(tenantId as string, context.body ?? {});
  // 202 as our contract says; Frontegg's service was recorded answering 201 (see createAudit in the document,
  // which lists both so a client written against either passes).
  return jsonResponse(event, 202, context.traceId);
};

const metadata: Endpoint = async (context) => {
  refuseOtherTenant(context);
  return jsonResponse({ rows: [context.state.metadataRow()] }, 200, context.traceId);
};

const ipLookup: Endpoint = async (context) => {
  refuseOtherTenant(context);
  const ip = context.params[0] ?? '';
  if (!isIpAddress(ip)) throw apiError(400, 'ip: must be an IPv4 or IPv6 address');
  return jsonResponse(locateIp(ip), 200, context.traceId);
};

/**
 * `GET /metadata/ipme`: the caller's own address. The standalone server passes the socket's address in
 * `x-forwarded-for`; in a browser or msw/node there is none, so it is the loopback address.
 */
const ipMe: Endpoint = async (context) => {
  refuseOtherTenant(context);
  const forwarded = context.request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '';
  const ip = isIpAddress(forwarded) ? forwarded : '127.0.0.1';
  return jsonResponse(locateIp(ip), 200, context.traceId);
};

/**
 * The permission each endpoint needs in the token, checked with tenant isolation before the request's parameters
 * and body (`checkAccess`); the metadata and IP routes need none.
 */
export const endpointPermissions: Record<MockEndpoint, string | undefined> = {
  list: READ_AUDITS,
  listLegacy: READ_AUDITS,
  exportPaged: READ_AUDITS,
  exportStream: READ_AUDITS,
  exportLegacy: READ_AUDITS,
  create: WRITE_AUDITS,
  stats: READ_AUDITS,
  metadata: undefined,
  ipLookup: undefined,
  ipMe: undefined,
};

/** The implementation of every endpoint of the contract. */
export const auditEndpoints: Record<MockEndpoint, Endpoint> = {
  list: list('v2'),
  listLegacy: list('legacyList'),
  exportPaged: exportCsv('v2', 200),
  exportStream: exportCsv('legacyExport', 201),
  exportLegacy: exportCsv('legacyExport', 201),
  create,
  stats,
  metadata,
  ipLookup,
  ipMe,
};
