// @auditkit/mock-api: a mock of the Frontegg audits API for the browser, Node tests and a standalone server.
// This entry is environment-neutral; `./browser` and `./node` add the service worker and the Node servers.
export { createMockAuditApi } from './handlers/createMockAuditApi.ts';
export type { MockAuditApi, MockAuditApiOptions } from './handlers/createMockAuditApi.ts';
export { createDemoToken, READ_AUDITS, WRITE_AUDITS } from './auth/createDemoToken.ts';
export type { DemoTokenClaims } from './auth/createDemoToken.ts';
export { demoIdentities, demoToken } from './auth/demoIdentities.ts';
export type { DemoIdentity } from './auth/demoIdentities.ts';
export { DEMO_JWT_SECRET, verifyJwt } from './auth/jwt.ts';
export type { AuditTokenClaims } from './auth/jwt.ts';
export {
  createDataset,
  DEFAULT_EVENTS_PER_TENANT,
  DEFAULT_SEED,
  MAX_EVENTS_PER_TENANT,
} from './dataset/createDataset.ts';
export type { AuditDataset, DatasetOptions, TenantSeries } from './dataset/createDataset.ts';
export { auditColumns, fronteggAuditColumns } from './dataset/auditColumns.ts';
export { demoTenants, DEMO_VENDOR_ID, DEMO_SUPPORT_EMAIL } from './dataset/demoTenants.ts';
export { hostileStrings } from './dataset/hostileStrings.ts';
export type {
  AuditColumn,
  AuditEvent,
  ColumnType,
  DemoTenant,
  DemoUser,
  FronteggAuditColumn,
  Severity,
} from './dataset/types.ts';
export { auditsOpenApiDocument } from './openapi/auditsOpenApiDocument.ts';
export type {
  JsonSchema,
  OpenApiDocument,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiResponse,
} from './openapi/openApiTypes.ts';
export { createOpenApiValidator, OpenApiValidationError } from './openapi/createOpenApiValidator.ts';
export type {
  OpenApiValidator,
  QueryCheckOptions,
  ValidatedQuery,
} from './openapi/createOpenApiValidator.ts';
export { SEVERITIES } from './openapi/auditSchemas.ts';
export { defaultScenario, MAX_LATENCY_MS, mockEndpoints } from './scenario/mockScenario.ts';
export type { ExportStreamMode, ForcedStatus, MockEndpoint, MockScenario } from './scenario/mockScenario.ts';
export { createCsvStream } from './csv/createCsvStream.ts';
export type { CsvStreamOptions } from './csv/createCsvStream.ts';
export type { CsvProperty } from './csv/csvField.ts';
export { fronteggShapedFixtures } from './fixtures/fronteggShapedFixtures.ts';
export type { FronteggShapedFixtures } from './fixtures/fronteggShapedFixtures.ts';
export type {
  AuditListResponse,
  AuditStatsResponse,
  AuditsMetadataResponse,
  AuditsMetadataRow,
} from './handlers/responseTypes.ts';
export type { IpLocation } from './handlers/ipLocation.ts';
