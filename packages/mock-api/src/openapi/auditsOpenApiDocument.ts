import {
  legacyExportParameters,
  legacyListParameters,
  statsParameters,
  tenantHeader,
  v2Parameters,
} from './auditParameters.ts';
import { auditSchemas } from './auditSchemas.ts';
import { deepFreeze } from '../util/deepFreeze.ts';
import type { OpenApiDocument, OpenApiOperation, OpenApiResponse } from './openApiTypes.ts';

const traceHeader = {
  'frontegg-trace-id': { description: 'Trace id of the request.', schema: { type: 'string' } },
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonOk = (description: string, schema: string): OpenApiResponse => ({
  description,
  headers: traceHeader,
  content: { 'application/json': { schema: ref(schema) } },
});
const csvOk = (description: string): OpenApiResponse => ({
  description,
  headers: {
    ...traceHeader,
    'content-disposition': { schema: { type: 'string', pattern: '^attachment; filename=".+"$' } },
  },
  content: { 'text/csv': { schema: { type: 'string' } } },
});
const errors = (...statuses: number[]): Record<string, OpenApiResponse> =>
  Object.fromEntries(
    statuses.map((status) => [String(status), { $ref: `#/components/responses/E${status}` }]),
  ) as never;
/** Every operation may answer these (a scenario may force 429/500/503). */
const common = [400, 401, 403, 404, 405, 413, 429, 500, 503];

const exportBody = {
  required: true,
  content: { 'application/json': { schema: ref('ExportRequest') } },
} as const;

function op(
  operation: Omit<OpenApiOperation, 'responses'>,
  ok: Record<string, OpenApiResponse>,
): OpenApiOperation {
  return { tags: ['audits'], ...operation, responses: { ...ok, ...errors(...common) } };
}

const path = (name: string) => ({ name, in: 'path' as const, required: true, schema: { type: 'string' } });

/**
 * The audits API as an OpenAPI 3.1 document, written from Frontegg's published facts (the audits service's
 * parameter table, `@frontegg/rest-api` 7.119.0 and the demo data of Frontegg's React SDK and redux store).
 * The mock serves exactly this document: its requests are validated against it, and in strict mode a parameter
 * it does not list for an endpoint is a 400. Feed it to your own tools (validators, generators, Prism, Schemathesis).
 * The same document ships as JSON: `@auditkit/mock-api/openapi.json`.
 *
 * Frozen, to the last schema: the mock checks every request against it, so a change made to it changed what every
 * mock on the page accepts. A tool that writes into the schemas it is given (`@cfworker/json-schema` marks each
 * one) takes a copy: `structuredClone(auditsOpenApiDocument)`.
 */
export const auditsOpenApiDocument: OpenApiDocument = deepFreeze({
  openapi: '3.1.0',
  info: {
    title: 'Audits API (as served by @auditkit/mock-api)',
    version: '1.0.0',
    description:
      'Frontegg’s audit-log API as its published documentation, its browser client and its own portal use it. Paths are under the region base (`https://api.frontegg.com`) or a prefix; `/audits…` and `/metadata…`.',
    license: { name: 'MIT', identifier: 'MIT' },
  },
  jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
  servers: [
    { url: 'https://api.frontegg.com', description: 'EU region' },
    { url: 'https://api.us.frontegg.com', description: 'US region' },
    { url: 'https://api.ca.frontegg.com', description: 'CA region' },
    { url: 'https://api.au.frontegg.com', description: 'AU region' },
    { url: 'http://127.0.0.1:4010', description: 'the standalone mock' },
  ],
  security: [{ bearer: [] }],
  tags: [
    { name: 'audits', description: 'Audit events: list, export, create, stats.' },
    { name: 'metadata', description: 'Column metadata and IP lookups.' },
  ],
  paths: {
    '/audits/resources/audits/v2': {
      get: op(
        {
          operationId: 'listAuditsV2',
          summary: 'List events (documented v2). No column filters: those are legacy-endpoint features.',
          parameters: [...v2Parameters, tenantHeader],
        },
        { '200': jsonOk('A page of events and the total of all matches.', 'AuditList') },
      ),
    },
    '/audits/resources/audits/v2/export/csv': {
      post: op(
        {
          operationId: 'exportAuditsV2Csv',
          summary: 'Export one page of events as CSV.',
          parameters: [...v2Parameters, tenantHeader],
          requestBody: exportBody,
        },
        { '200': csvOk('The page as RFC 4180 CSV.') },
      ),
    },
    '/audits': {
      get: op(
        {
          operationId: 'listAudits',
          summary: 'List events (legacy; what Frontegg’s portal and `@frontegg/rest-api` `getAudits` call).',
          parameters: [...legacyListParameters, tenantHeader],
        },
        { '200': jsonOk('A page of events and the total of all matches.', 'AuditList') },
      ),
      post: op(
        {
          operationId: 'createAudit',
          summary: 'Create a custom audit event.',
          parameters: [tenantHeader],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('CreateAuditRequest') } },
          },
        },
        // Two witnesses disagree on the status. Our contract (after the published document) says 202, which the
        // mock answers with the stored event. Frontegg's service, recorded in 2020 (frontegg/python-sdk,
        // tests/cassettes/test_send_audits*.yaml), answered 201 Created with the fields echoed and no id. The
        // current document cannot be read here, so both are documented: a client written against either passes.
        // 507: the mock's own cap on what created events hold in all (createdEventsLimit), not the service's.
        {
          '201': jsonOk(
            'Created (as Frontegg’s service answered in 2020 recordings): the fields echoed, no id. The mock answers 202.',
            'CreatedAuditEvent',
          ),
          '202': jsonOk('The stored event (what the mock answers).', 'AuditEvent'),
          ...errors(507),
        },
      ),
    },
    '/audits/export/csv/v2': {
      post: op(
        {
          operationId: 'exportAuditsCsvStream',
          summary: 'Export every matching event as one CSV stream (Frontegg’s portal "Download").',
          parameters: [...legacyExportParameters, tenantHeader],
          requestBody: exportBody,
        },
        { '201': csvOk('Every matching event as RFC 4180 CSV, streamed.') },
      ),
    },
    '/audits/export/csv': {
      post: op(
        {
          operationId: 'exportAuditsCsvLegacy',
          summary:
            'Export as CSV (deprecated: `exportAudits({ endpoint: "csv" })`); use /audits/export/csv/v2.',
          deprecated: true,
          parameters: [...legacyExportParameters, tenantHeader],
          requestBody: exportBody,
        },
        { '201': csvOk('Every matching event as RFC 4180 CSV, streamed.') },
      ),
    },
    '/audits/stats': {
      get: op(
        {
          operationId: 'getAuditsStats',
          summary: 'Events today and severe events this week, for the tenant.',
          parameters: [...statsParameters, tenantHeader],
        },
        { '200': jsonOk('The counts.', 'AuditStats') },
      ),
    },
    '/metadata': {
      get: op(
        {
          operationId: 'getAuditsMetadata',
          tags: ['metadata'],
          summary: 'Column definitions of the audit log.',
          parameters: [
            { name: 'entityName', in: 'query', required: true, schema: { type: 'string', enum: ['audits'] } },
            tenantHeader,
          ],
        },
        { '200': jsonOk('One row with the columns.', 'MetadataList') },
      ),
    },
    '/metadata/ip/{ip}': {
      get: op(
        {
          operationId: 'getIpMetadata',
          tags: ['metadata'],
          summary: 'Where an IP address is.',
          parameters: [
            { ...path('ip'), schema: { type: 'string', anyOf: [{ format: 'ipv4' }, { format: 'ipv6' }] } },
            tenantHeader,
          ],
        },
        { '200': jsonOk('The location.', 'IpMetadata') },
      ),
    },
    '/metadata/ipme': {
      get: op(
        {
          operationId: 'getCurrentUserIpMetadata',
          tags: ['metadata'],
          summary: 'Where the caller’s own IP address is.',
          parameters: [tenantHeader],
        },
        { '200': jsonOk('The location.', 'IpMetadata') },
      ),
    },
  },
  components: {
    schemas: auditSchemas,
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
    responses: Object.fromEntries(
      [400, 401, 403, 404, 405, 413, 429, 500, 503, 507].map((status) => [
        `E${status}`,
        {
          description: `Error ${status}${status === 429 || status === 503 ? ' (with Retry-After seconds)' : ''}.`,
          headers: {
            ...traceHeader,
            ...(status === 429 || status === 503
              ? { 'retry-after': { schema: { type: 'string', pattern: '^\\d+$' } } }
              : {}),
            ...(status === 405 ? { allow: { schema: { type: 'string' } } } : {}),
          },
          content: { 'application/json': { schema: ref('Error') } },
        },
      ]),
    ),
  },
});
