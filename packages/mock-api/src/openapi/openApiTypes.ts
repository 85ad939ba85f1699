// The small part of OpenAPI 3.1 this package writes and reads. Typed by hand (not a dependency) because the
// document is ours and only these fields are used; the JSON Schema inside is checked by @cfworker/json-schema.

/** A JSON Schema (2020-12 dialect, as OpenAPI 3.1 uses it). */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** One parameter of an operation. */
export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean | undefined;
  deprecated?: boolean | undefined;
  description?: string | undefined;
  style?: 'form' | 'simple' | undefined;
  explode?: boolean | undefined;
  /** The value's schema (plain text values, form style). */
  schema?: JsonSchema | undefined;
  /** Set instead of `schema` when the value is JSON text (e.g. `createdAt={"$gt":"…"}`). */
  content?: { 'application/json': { schema: JsonSchema } } | undefined;
  /**
   * Vendor extension (OpenAPI allows `x-` keys anywhere): a list parameter that also takes its values as one JSON
   * array text (`severity=["High","Critical"]`) beside the standard repeated keys. `@frontegg/rest-api`
   * JSON-encodes every array it sends, and it sends arrays only to the legacy endpoints (as column filters), so only
   * those are marked. Without the mark a list is read as OpenAPI's form style defines (each repetition one value,
   * taken literally), as a standard server reads the v2 endpoints' `users`, `email` and `tenant_ids`.
   */
  'x-json-array'?: boolean | undefined;
}

/** One response of an operation. */
export interface OpenApiResponse {
  description: string;
  headers?: Record<string, { description?: string | undefined; schema: JsonSchema }> | undefined;
  content?: Record<string, { schema: JsonSchema }> | undefined;
}

/** One operation (a method on a path). */
export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string | undefined;
  deprecated?: boolean | undefined;
  tags?: string[] | undefined;
  parameters: OpenApiParameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } } | undefined;
  responses: Record<string, OpenApiResponse>;
}

/** An OpenAPI 3.1 document. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    description: string;
    license?: { name: string; identifier?: string | undefined } | undefined;
  };
  jsonSchemaDialect: string;
  servers: { url: string; description: string }[];
  security: Record<string, string[]>[];
  tags: { name: string; description: string }[];
  paths: Record<string, Partial<Record<'get' | 'post', OpenApiOperation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; bearerFormat: string }>;
    responses: Record<string, OpenApiResponse>;
  };
}
