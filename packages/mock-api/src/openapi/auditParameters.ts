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

/** A value or a list of values (repeated, or JSON text as `@frontegg/rest-api` encodes arrays). */
const oneOrMany = (item: JsonSchema): JsonSchema => ({
  anyOf: [item, { type: 'array', items: item, minItems: 1, maxItems: 100 }],
});

const sortBy = q(
  'sortBy',
  { type: 'string', pattern: '^[A-Za-z0-9_]+$', maxLength: 100 },
  'Any event field (Frontegg’s UI sorts by `user`, for one); default `createdAt`.',
);
const sortDirection = q(
  'sortDirection',
  { type: 'string', pattern: '^(?:[Aa][Ss][Cc]|[Dd][Ee][Ss][Cc])$' },
  '`asc` or `desc`, any case; default `desc`.',
);
const filter = q('filter', { type: 'string', maxLength: 1000 }, 'Free text, matched case-insensitively.');
const offset = (required: boolean) =>
  q('offset', { type: 'integer', minimum: 0, maximum: 9_007_199_254_740_991 }, 'Events to skip.', {
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
const users = q('users', stringList, 'User ids, emails or names; repeated or a JSON array.', {
  explode: true,
});
const email = (schema: JsonSchema, description: string) => q('email', schema, description, { explode: true });
const tenantIds = q(
  'tenant_ids',
  stringList,
  'Tenants (environment token); a user token may name only its own.',
  {
    explode: true,
  },
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
  email(stringList, 'Emails; repeated or a JSON array.'),
  tenantIds,
  featureFlagId,
];

/**
 * One parameter per filterable column of the metadata: what Frontegg's portal sends to the legacy endpoints,
 * `{[columnName]: value}` merged into the query. The default columns are listed; vendor columns come through
 * `columnFilters` (form style, exploded: each key is its own parameter).
 */
const columnFilterParameters: OpenApiParameter[] = [
  email(oneOrMany({ type: 'string', minLength: 1 }), 'Column filter: exact email(s).'),
  q('action', oneOrMany({ type: 'string', minLength: 1 }), 'Column filter: exact action(s).', {
    explode: true,
  }),
  q('ip', oneOrMany({ type: 'string', minLength: 1 }), 'Column filter: exact IP address(es).', {
    explode: true,
  }),
  q('severity', oneOrMany({ $ref: '#/components/schemas/Severity' }), 'Column filter: severities.', {
    explode: true,
  }),
  q('userAgent', oneOrMany({ type: 'string', minLength: 1 }), 'Column filter: exact user agent(s).', {
    explode: true,
  }),
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
      'Vendor columns: each filterable column of the metadata is its own parameter (`region=eu-west-1`). Strict mode refuses a name the metadata does not list as filterable.',
    schema: { type: 'object', additionalProperties: { type: 'string' } },
  },
];

const legacyCommon: OpenApiParameter[] = [
  sortBy,
  sortDirection,
  filter,
  q('vendorId', { type: 'string', maxLength: 200 }, 'Listed as required; Frontegg’s portal never sends it.'),
  q(
    'tenantId',
    { type: 'string', maxLength: 200 },
    'Listed as required; a user token may name only its own.',
  ),
];

/** The legacy list `GET /audits`: what Frontegg's portal calls, column filters included. */
export const legacyListParameters: OpenApiParameter[] = [
  q('count', { type: 'integer', minimum: 0, maximum: 200 }, 'Events per page (0: the default 20).', {
    required: true,
  }),
  offset(true),
  ...legacyCommon,
  q('limit', { type: 'integer', minimum: 0, maximum: 200 }, 'Listed by the document; the mock ignores it.'),
  q('paginationMode', { type: 'string', enum: ['virtual'] }, 'Sent by `@frontegg/rest-api`; ignored.'),
  ...columnFilterParameters,
];

/** The streamed exports `POST /audits/export/csv/v2` and the deprecated `POST /audits/export/csv`. */
export const legacyExportParameters: OpenApiParameter[] = [
  q(
    'count',
    { type: 'integer', minimum: 0, maximum: 2_147_483_647 },
    'Rows at most; absent or 0: every matching event (Frontegg’s portal sends none).',
  ),
  offset(true),
  ...legacyCommon,
  q('outputFileName', { type: 'string', maxLength: 200 }, 'Names the downloaded file.'),
  ...columnFilterParameters,
];

/** `GET /audits/stats`: `@frontegg/rest-api` sends sortBy, sortDirection and count; the answer ignores them. */
export const statsParameters: OpenApiParameter[] = [
  sortBy,
  sortDirection,
  q('count', { type: 'integer', minimum: 0, maximum: 200 }, 'Sent by Frontegg’s client; ignored.'),
];

/** The header an environment token names its tenant with (a user token may name only its own). */
export const tenantHeader: OpenApiParameter = {
  name: 'frontegg-tenant-id',
  in: 'header',
  description: 'The tenant to act on: required with an environment token for export, stats and create.',
  schema: { type: 'string', minLength: 1, maxLength: 200 },
};
