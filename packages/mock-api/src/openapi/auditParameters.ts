import type { JsonSchema, OpenApiParameter } from './openApiTypes.ts';

const q = (
  name: string,
  schema: JsonSchema,
  description: string,
  extra: Partial<OpenApiParameter> = {},
): OpenApiParameter => ({ name, in: 'query', schema, description, ...extra });

const stringList: JsonSchema = {
  type: 'array',
  items: { type: 'string', minLength: 1 },
  maxItems: 100,
};

/** A value or a list of values. */
const oneOrMany = (item: JsonSchema): JsonSchema => ({
  anyOf: [item, { type: 'array', items: item, minItems: 1, maxItems: 100 }],
});

/**
 * A column filter of the legacy endpoints: one value or several, as repeated keys or as one JSON array text
 * (`x-json-array`, see openApiTypes.ts). Frontegg's portal merges `{[columnName]: value}` into the query and
 * `@frontegg/rest-api` JSON-encodes every array it sends (`severity=["High","Critical"]`); these are the only
 * parameters it sends arrays in, so only they are marked.
 */
const columnFilter = (name: string, description: string): OpenApiParameter =>
  q(name, oneOrMany({ type: 'string', minLength: 1 }), description, { explode: true, 'x-json-array': true });

const sortBy = q(
  'sortBy',
  { type: 'string', pattern: '^[A-Za-z0-9_]+$', maxLength: 100 },
  'A sortable column of the metadata or a documented event field (Frontegg’s UI sorts by `user`, for one); a list or export answers 400 to another name. Default `createdAt`.',
);
const sortDirection = q(
  'sortDirection',
  { type: 'string', pattern: '^(?:[Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$' },
  '`asc` or `desc`, any case; default `desc`.',
);
const filter = q('filter', { type: 'string', maxLength: 1000 }, 'Free text, matched case-insensitively.');
const offset = (required: boolean, description = 'Events to skip.') =>
  q('offset', { type: 'integer', minimum: 0, maximum: 9_007_199_254_740_991 }, description, {
    required,
  });
const createdFrom = q(
  'created_from',
  { type: 'string', format: 'date-time' },
  'Inclusive lower bound, RFC 3339.',
);
const createdTo = q(
  'created_to',
  { type: 'string', format: 'date-time' },
  'Inclusive upper bound, RFC 3339.',
);
// The v2 lists: "Array of strings" in the published document, OpenAPI's default form style with explode. Each
// repetition is one value, read literally; JSON text (`email=["a","b"]`) is one value that matches nothing.
const users = q(
  'users',
  stringList,
  'User ids, emails or names; several as repeated keys (`users=a&users=b`).',
  { explode: true },
);
const tenantIds = q(
  'tenant_ids',
  stringList,
  'Tenants (environment token), several as repeated keys; a user token may name only its own.',
  { explode: true },
);
const featureFlagId = q('featureFlagId', { type: 'string', maxLength: 200 }, 'Events of one feature flag.');

/** The parameters of the documented v2 list and v2 paged export (the published table, nothing more). */
export const v2Parameters: OpenApiParameter[] = [
  q('count', { type: 'integer', minimum: 1, maximum: 200 }, 'Events per page.', { required: true }),
  offset(true),
  sortBy,
  sortDirection,
  filter,
  createdFrom,
  createdTo,
  users,
  q('email', stringList, 'Emails; several as repeated keys (`email=a&email=b`).', { explode: true }),
  tenantIds,
  featureFlagId,
];

/**
 * One parameter per filterable column of the metadata: what Frontegg's portal sends to the legacy endpoints,
 * `{[columnName]: value}` merged into the query. The default columns are listed; vendor columns come through
 * `columnFilters` (form style, exploded: each key is its own parameter). Values match case-insensitively.
 */
const columnFilterParameters: OpenApiParameter[] = [
  columnFilter('email', 'Column filter: exact email(s).'),
  columnFilter('action', 'Column filter: exact action(s).'),
  columnFilter('ip', 'Column filter: exact IP address(es).'),
  // Any text, not the create enum: the service stores other severities (Frontegg's demo data has `Attention`,
  // `Error` and `info`) and the portal's filter offers Info, Attention and Error.
  columnFilter('severity', 'Column filter: severities, any text (`Attention` too), any case.'),
  columnFilter('userAgent', 'Column filter: exact user agent(s).'),
  {
    name: 'createdAt',
    in: 'query',
    description:
      'Column filter on time, as JSON: `{"$gt": "2026-01-01T00:00:00Z", "$lt": …}` ($gte and $lte too).',
    content: {
      'application/json': {
        schema: {
          type: 'object',
          minProperties: 1,
          properties: {
            $gt: { type: 'string', format: 'date-time' },
            $gte: { type: 'string', format: 'date-time' },
            $lt: { type: 'string', format: 'date-time' },
            $lte: { type: 'string', format: 'date-time' },
          },
          additionalProperties: false,
        },
      },
    },
  },
  {
    name: 'columnFilters',
    in: 'query',
    style: 'form',
    explode: true,
    description:
      'Vendor columns: each filterable column of the metadata is its own parameter (`region=eu-west-1`, several as repeated keys or JSON array text). Strict mode refuses a name the metadata does not list as filterable.',
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    'x-json-array': true,
  },
];

/** What the published table lists alike for the legacy list and the legacy export. */
const legacyCommon: OpenApiParameter[] = [
  {
    ...sortBy,
    description:
      'A sortable column of the metadata or a documented event field; a list or export answers 400 to another name. Without it the answer comes in the store’s order (Frontegg’s recorded answer: neither newest nor oldest first; the mock: oldest first), so a caller that pages should always send it.',
  },
  { ...sortDirection, description: '`asc` or `desc`, any case; default `desc` when `sortBy` is given.' },
  filter,
  q('vendorId', { type: 'string', maxLength: 200 }, 'Listed as required; Frontegg’s portal never sends it.'),
  q(
    'tenantId',
    { type: 'string', maxLength: 200 },
    'Listed as required; a user token may name only its own.',
  ),
  q('limit', { type: 'integer', minimum: 0, maximum: 200 }, 'Listed by the document; the mock ignores it.'),
  q('paginationMode', { type: 'string', enum: ['virtual'] }, 'Sent by `@frontegg/rest-api`; ignored.'),
];

/** The legacy list `GET /audits`: what Frontegg's portal calls, column filters included. */
export const legacyListParameters: OpenApiParameter[] = [
  q('count', { type: 'integer', minimum: 0, maximum: 200 }, 'Events per page (0: the default 20).', {
    required: true,
  }),
  // Optional, unlike the published table's "required": Frontegg's service answered `GET /audits?count=5` with
  // 200 and the first page (recorded in frontegg/python-sdk, tests/cassettes/test_get_audits.yaml, 2020).
  offset(false, 'Events to skip; default 0.'),
  ...legacyCommon,
  ...columnFilterParameters,
];

/** The streamed exports `POST /audits/export/csv/v2` and the deprecated `POST /audits/export/csv`. */
export const legacyExportParameters: OpenApiParameter[] = [
  q(
    'count',
    { type: 'integer', minimum: 0, maximum: 2_147_483_647 },
    'Rows at most; absent: every matching event, as Frontegg’s portal sends it (0, the published example, too).',
  ),
  offset(true),
  ...legacyCommon,
  q('outputFileName', { type: 'string', maxLength: 200 }, 'Names the downloaded file.'),
  ...columnFilterParameters,
];

/**
 * `GET /audits/stats`: `@frontegg/rest-api` sends sortBy, sortDirection and count; the answer ignores them.
 * `tenantId` too: Frontegg's service answered `GET /audits/stats/?tenantId=my-tenant-id` with 200 and the counts
 * (a vendor token with the same tenant in `frontegg-tenant-id`, recorded in frontegg/python-sdk,
 * tests/cassettes/test_get_audit_stats.yaml), so strict mode refusing it failed code the real service served.
 */
export const statsParameters: OpenApiParameter[] = [
  sortBy,
  sortDirection,
  q('count', { type: 'integer', minimum: 0, maximum: 200 }, 'Sent by Frontegg’s client; ignored.'),
  q(
    'tenantId',
    { type: 'string', maxLength: 200 },
    'The tenant to count, as the legacy list takes it: an environment token may name any (the header, when sent too, must agree); a user token only its own.',
  ),
];

/** The header an environment token names its tenant with (a user token may name only its own). */
export const tenantHeader: OpenApiParameter = {
  name: 'frontegg-tenant-id',
  in: 'header',
  description:
    'The tenant to act on: required with an environment token for export, stats and create. A user token naming another tenant than its own gets 403, on every route.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};
