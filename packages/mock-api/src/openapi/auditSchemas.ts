import type { JsonSchema } from './openApiTypes.ts';

/** The five severities of the audits API, from least to most severe by name. */
export const SEVERITIES = ['Info', 'Medium', 'High', 'Critical', 'Error'] as const;

/** Frontegg's own event time: `2021-04-07 10:50:40.201` (UTC, a space, no zone). */
export const ZONELESS_UTC_PATTERN = '^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?$';

const nullableString: JsonSchema = { type: ['string', 'null'] };

/**
 * The event fields a caller of `POST /audits` may set, typed as Frontegg's own client types them
 * (`@frontegg/rest-api` `AuditRowData`: every one a string). One definition for the stored event and for the
 * create body, so a created event always reads back as a valid `AuditEvent`.
 */
const callerEventFields: Record<string, JsonSchema> = {
  user: { type: 'string' },
  email: { type: 'string' },
  userId: { type: 'string' },
  action: { type: 'string' },
  description: { type: 'string' },
  resource: { type: 'string' },
  ip: { type: 'string' },
  userAgent: { type: 'string' },
  json: { description: 'The payload: an object or an array, often with before/after values.' },
  actorMail: { type: 'string', description: 'Set when the actor was impersonating.' },
};

// Not `action`: the published create (`AuditRequest`) requires `severity` only, so a custom event without an
// action is one the real service stores and lists.
const eventRequired = ['tenantId', 'vendorId', 'createdAt', 'severity'];

/** The fields of a stored event: what the service writes, then what a caller may set. */
const eventProperties: Record<string, JsonSchema> = {
  frontegg_id: { type: 'string', minLength: 1 },
  _id: {
    type: 'string',
    minLength: 1,
    description:
      'The database id Frontegg’s service gives an event (`AuditRowData._id`); the mock identifies events by frontegg_id.',
  },
  tenantId: { type: 'string' },
  vendorId: { type: 'string' },
  createdAt: { $ref: '#/components/schemas/EventTime' },
  severity: {
    type: 'string',
    description:
      'Usually one of the create enum, but stored events carry others (Frontegg’s demo data: `Attention`, `info`).',
  },
  ...callerEventFields,
};

/**
 * `components.schemas` of the audits document. Facts from Frontegg's published material: the event fields of the
 * demo data and of `@frontegg/rest-api`'s `AuditRowData`, the metadata row of `IAuditsMetadata`, the IP answer of
 * `IMetadataIp`; events may carry vendor fields of any name, so objects stay open.
 */
export const auditSchemas: Record<string, JsonSchema> = {
  // What `POST /audits` accepts. Filters and stored events are not held to it (see AuditEvent.severity).
  Severity: { type: 'string', enum: [...SEVERITIES] },
  EventTime: {
    type: 'string',
    description:
      'When the event happened, in UTC. Frontegg sends `2021-04-07 10:50:40.201` (no `T`, no zone: read it as UTC); ISO 8601 with a zone is accepted too.',
    anyOf: [{ pattern: ZONELESS_UTC_PATTERN }, { format: 'date-time' }],
    examples: ['2021-04-07 10:50:40.201'],
  },
  AuditEvent: {
    type: 'object',
    description:
      'One audit event. System events have no user. Any other key is a vendor field (events carry fields of any name).',
    required: eventRequired,
    anyOf: [{ required: ['frontegg_id'] }, { required: ['_id'] }],
    properties: eventProperties,
    additionalProperties: true,
  },
  // What Frontegg's service answered `POST /audits` with, twice recorded (frontegg/python-sdk,
  // tests/cassettes/test_send_audits.yaml and test_send_audits_through_proxy.yaml, 2020): 201 and the given
  // fields echoed with the vendorId, tenantId and createdAt it wrote, but no id of either kind.
  CreatedAuditEvent: {
    type: 'object',
    description:
      'The created event as Frontegg’s service answers it: the fields given, with the vendorId, tenantId and createdAt it wrote; no id.',
    required: eventRequired,
    properties: eventProperties,
    additionalProperties: true,
  },
  AuditList: {
    type: 'object',
    required: ['data', 'total'],
    properties: {
      data: { type: 'array', items: { $ref: '#/components/schemas/AuditEvent' } },
      total: { type: 'integer', minimum: 0, description: 'All matching events, not only this page.' },
    },
    additionalProperties: false,
  },
  AuditStats: {
    type: 'object',
    required: ['totalToday', 'severeThisWeek'],
    properties: {
      totalToday: { type: 'integer', minimum: 0 },
      severeThisWeek: { type: 'integer', minimum: 0 },
    },
    additionalProperties: false,
  },
  // Any text, not an enum: Frontegg's service sent `UserIdentity` for its `user` column (recorded in
  // frontegg/python-sdk, tests/cassettes/test_get_audits_metadata.yaml) and a vendor column may have any type.
  // The mock itself serves only the six of its examples.
  ColumnType: {
    type: 'string',
    minLength: 1,
    description:
      'How the column is shown. The mock serves `Timestamp`, `Email`, `AlphaNumeric`, `IpAddress`, `Severity` and `Json`; Frontegg’s service also sends others (`UserIdentity`): show an unknown type as text.',
    examples: ['Timestamp', 'Email', 'AlphaNumeric', 'IpAddress', 'Severity', 'Json', 'UserIdentity'],
  },
  AuditColumn: {
    type: 'object',
    // Not `showInTable`: the recorded real answer's columns have only these five keys (and a database `_id`).
    required: ['name', 'displayName', 'type', 'sortable', 'filterable'],
    properties: {
      _id: { type: 'string', description: 'The column’s database id, as Frontegg’s service sends it.' },
      name: { type: 'string', minLength: 1 },
      displayName: { type: 'string' },
      type: { $ref: '#/components/schemas/ColumnType' },
      sortable: { type: 'boolean' },
      filterable: { type: 'boolean' },
      showInTable: {
        type: 'boolean',
        description: 'Shown in the table by default. The mock always sends it; Frontegg’s service may not.',
      },
      showInMoreInfo: {
        const: 'Always',
        description: "`'Always'`, or absent: absent does not hide the field from the details.",
      },
      isPredefined: { type: 'boolean', description: 'A column of Frontegg’s default set.' },
    },
    additionalProperties: true,
  },
  AuditsMetadata: {
    type: 'object',
    required: ['entityName', 'properties'],
    // Frontegg's service also sends its database keys `_id` and `__v` (recorded, see ColumnType).
    properties: {
      _id: { type: 'string' },
      __v: { type: 'integer' },
      id: { type: 'string' },
      entityName: { const: 'audits' },
      vendorId: { type: 'string' },
      createdAt: { type: 'string' },
      updatedAt: { type: 'string' },
      properties: { type: 'array', items: { $ref: '#/components/schemas/AuditColumn' } },
      theme: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string' }, name: { type: 'string' }, styles: {} },
      },
    },
    additionalProperties: true,
  },
  MetadataList: {
    type: 'object',
    required: ['rows'],
    properties: {
      rows: { type: 'array', minItems: 1, items: { $ref: '#/components/schemas/AuditsMetadata' } },
    },
    additionalProperties: true,
  },
  IpMetadata: {
    type: 'object',
    required: ['ip', 'city', 'country_name', 'country_code', 'zip', 'latitude', 'longitude', 'location'],
    properties: {
      ip: { type: 'string' },
      city: nullableString,
      country_name: nullableString,
      country_code: nullableString,
      zip: nullableString,
      latitude: { type: 'number', minimum: -90, maximum: 90 },
      longitude: { type: 'number', minimum: -180, maximum: 180 },
      location: {
        type: 'object',
        properties: { country_flag: nullableString, country_flag_emoji: nullableString },
        additionalProperties: true,
      },
    },
    additionalProperties: true,
  },
  ExportProperty: {
    type: 'object',
    description:
      'A column of the file. Frontegg’s portal sends whole metadata columns: keys other than name and displayName are ignored.',
    required: ['name'],
    properties: {
      name: {
        type: 'string',
        minLength: 1,
        maxLength: 200,
        description: 'Any event field, vendor fields too.',
      },
      displayName: { type: 'string', maxLength: 500 },
    },
    additionalProperties: true,
  },
  ExportRequest: {
    type: 'object',
    required: ['properties'],
    properties: {
      properties: {
        type: 'array',
        minItems: 1,
        maxItems: 100,
        items: { $ref: '#/components/schemas/ExportProperty' },
      },
    },
    additionalProperties: true,
  },
  CreateAuditRequest: {
    type: 'object',
    description:
      'The event’s fields: severity is required; the other documented fields are strings (json any JSON); every other key is kept as given. The service writes frontegg_id, vendorId and createdAt itself: values given for them are replaced; an `_id` given is dropped (the service assigns its own).',
    required: ['severity'],
    properties: {
      severity: { $ref: '#/components/schemas/Severity' },
      tenantId: { type: 'string', description: 'Must be the tenant the token acts on.' },
      ...callerEventFields,
    },
    additionalProperties: true,
  },
  Error: {
    type: 'object',
    required: ['errors'],
    properties: {
      errors: { type: 'array', minItems: 1, items: { type: 'string' } },
      errorCode: { type: 'string' },
    },
    additionalProperties: false,
  },
};
