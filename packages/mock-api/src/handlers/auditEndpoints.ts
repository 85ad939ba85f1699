import { auditColumns } from '../dataset/auditColumns.ts';
import { DEMO_VENDOR_ID } from '../dataset/demoTenants.ts';
import { READ_AUDITS, WRITE_AUDITS } from '../auth/createDemoToken.ts';
import { createCsvStream } from '../csv/createCsvStream.ts';
import { apiError, jsonResponse } from './apiError.ts';
import type { ApiState } from './apiState.ts';
import { authenticate, resolveTenants } from './authorize.ts';
import { isIpAddress, locateIp } from './ipLocation.ts';
import { parseExportBody } from './parseExportBody.ts';
import { parseListQuery } from './parseListQuery.ts';
import type { PagingRule } from './parseListQuery.ts';
import { readJsonBody } from './readJsonBody.ts';
import { selectEvents, streamEvents } from './queryEvents.ts';
import { timeRange } from './tenantTimeline.ts';
import type { MockEndpoint } from '../scenario/mockScenario.ts';

/** What an endpoint gets: the request, its URL, path parameters, a trace id and the api's state. */
export interface EndpointContext {
  request: Request;
  url: URL;
  params: string[];
  traceId: string;
  state: ApiState;
}

type Endpoint = (context: EndpointContext) => Promise<Response>;

const severities = ['Info', 'Medium', 'High', 'Critical', 'Error'];
const severe = new Set(['high', 'critical', 'error']);
const DAY_MS = 24 * 60 * 60 * 1000;

async function tenantsFor(
  context: EndpointContext,
  need: 'one' | 'many',
  permission: string,
): Promise<string[]> {
  const claims = await authenticate(context.request, context.state.secret);
  const all = context.state.dataset.tenants.map((t) => t.tenantId);
  return resolveTenants(claims, context.request, context.url, need, permission, all);
}

function cacheFor(context: EndpointContext) {
  return { ...context.state.matchCache(), signal: context.request.signal };
}

function list(rule: PagingRule): Endpoint {
  return async (context) => {
    const tenants = await tenantsFor(context, 'many', READ_AUDITS);
    const query = parseListQuery(context.url, rule);
    const { total, events } = await selectEvents(context.state.timelines(tenants), query, cacheFor(context));
    return jsonResponse({ data: [...events], total }, 200, context.traceId);
  };
}

function exportCsv(rule: PagingRule, status: number): Endpoint {
  return async (context) => {
    const tenants = await tenantsFor(context, 'one', READ_AUDITS);
    const query = parseListQuery(context.url, rule);
    const properties = parseExportBody(await readJsonBody(context.request));
    const events = await streamEvents(context.state.timelines(tenants), query, cacheFor(context));
    const scenario = context.state.scenario();
    const stream = createCsvStream(events[Symbol.iterator](), properties, {
      chunkDelayMs: scenario.exportStream === 'slow' ? scenario.exportChunkDelayMs : 0,
      ...(scenario.exportStream === 'broken' && { breakAfterRows: scenario.exportBreakAfterRows }),
    });
    const name =
      rule === 'legacyExport' ? fileName(context.url.searchParams.get('outputFileName')) : 'audits.csv';
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
function fileName(requested: string | null): string {
  const cleaned = (requested ?? '')
    .replace(/[^\w .()-]/g, '_')
    .trim()
    .slice(0, 100);
  if (!cleaned) return 'audits.csv';
  return /\.csv$/i.test(cleaned) ? cleaned : `${cleaned}.csv`;
}

const stats: Endpoint = async (context) => {
  const [tenantId] = await tenantsFor(context, 'one', READ_AUDITS);
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
  const [tenantId] = await tenantsFor(context, 'one', WRITE_AUDITS);
  const body = await readJsonBody(context.request);
  if (typeof body.severity !== 'string' || !severities.includes(body.severity)) {
    throw apiError(400, `severity is required and must be one of ${severities.join(', ')}`);
  }
  if (body.tenantId !== undefined && body.tenantId !== tenantId) {
    throw apiError(403, 'tenantId in the body must be the tenant the token acts on');
  }
  const event = context.state.addCreated(tenantId as string, { vendorId: DEMO_VENDOR_ID, ...body });
  return jsonResponse(event, 202, context.traceId);
};

const metadata: Endpoint = async (context) => {
  await authenticate(context.request, context.state.secret);
  const entityName = context.url.searchParams.get('entityName');
  if (entityName !== 'audits') throw apiError(400, 'entityName must be audits');
  return jsonResponse({ rows: [{ entityName: 'audits', properties: auditColumns }] }, 200, context.traceId);
};

const ipLookup: Endpoint = async (context) => {
  await authenticate(context.request, context.state.secret);
  const ip = context.params[0] ?? '';
  if (!isIpAddress(ip)) throw apiError(400, 'ip must be an IPv4 or IPv6 address');
  return jsonResponse(locateIp(ip), 200, context.traceId);
};

/** The implementation of every endpoint of the contract. */
export const auditEndpoints: Record<MockEndpoint, Endpoint> = {
  list: list('v2'),
  listLegacy: list('legacyList'),
  exportPaged: exportCsv('v2', 200),
  exportStream: exportCsv('legacyExport', 201),
  create,
  stats,
  metadata,
  ipLookup,
};
