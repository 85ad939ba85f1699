import { Validator } from '@cfworker/json-schema';
import type { OutputUnit } from '@cfworker/json-schema';
import type { JsonSchema, OpenApiDocument, OpenApiOperation, OpenApiParameter } from './openApiTypes.ts';

/** What a request's query became once read and checked against its operation. */
export interface ValidatedQuery {
  /** Declared parameters, deserialised (numbers, lists, JSON) and valid. */
  values: Record<string, unknown>;
  /**
   * Extra parameters the caller allowed (e.g. vendor column filters): name → values, JSON array text read as its
   * items where the operation's free-form parameter is marked `x-json-array`.
   */
  extra: Map<string, string[]>;
  /** Parameters the operation does not list, ignored (lenient mode). */
  ignored: string[];
}

/** How a request's parameters are checked. */
export interface QueryCheckOptions {
  /** Refuse any parameter the operation does not list (400 naming it); otherwise ignore it. */
  strict: boolean;
  /** Names taken although not listed, returned in `extra` (an operation's free-form `style: form` object). */
  allowExtra?: ((name: string) => boolean) | undefined;
}

/** A failed check: one message per problem, each naming the parameter or body field. */
export class OpenApiValidationError extends Error {
  override name = 'OpenApiValidationError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** Checks requests and responses of one OpenAPI 3.1 document. */
export interface OpenApiValidator {
  /** The operation of a document path (`/audits/stats`) and method. */
  operation(path: string, method: string): OpenApiOperation | undefined;
  /** Reads and checks a query string for an operation; throws {@link OpenApiValidationError}. */
  checkQuery(operationId: string, params: URLSearchParams, options: QueryCheckOptions): ValidatedQuery;
  /** Checks a parsed JSON request body; throws {@link OpenApiValidationError}. */
  checkBody(operationId: string, body: unknown): void;
  /** Problems of a response (status, content type, JSON body) against the document; empty when it conforms. */
  responseProblems(operationId: string, status: number, contentType: string, body: unknown): string[];
}

interface ParameterPlan {
  parameter: OpenApiParameter;
  /** JSON text (`content: application/json`). */
  json: boolean;
  /** Repeatable: the schema admits a list. */
  list: boolean;
  /** Only a list (a single value still becomes a list). */
  listOnly: boolean;
  /** Also takes the list as one JSON array text (`x-json-array`). */
  jsonArray: boolean;
  /** What a single text value is read as. */
  scalar: 'integer' | 'number' | 'string';
}

// Keywords that only say "a part below failed"; the useful message is the one below.
const wrappers = new Set([
  'properties',
  'items',
  'prefixItems',
  'anyOf',
  'allOf',
  'oneOf',
  '$ref',
  'additionalProperties',
]);

/**
 * A validator for an OpenAPI 3.1 document, on @cfworker/json-schema: JSON Schema 2020-12 (OpenAPI 3.1's
 * dialect), formats checked (`2026-02-30` is not a date-time), no code generation (so it runs under a strict
 * Content-Security-Policy, in a page beside MSW's service worker and in any worker), small and ESM.
 * Reading parameters (OpenAPI's form style: repeated names; JSON text where `content` or `x-json-array` says so)
 * is done here, as OpenAPI defines it; every value check is the schema's.
 */
export function createOpenApiValidator(given: OpenApiDocument): OpenApiValidator {
  // A copy: the schema library marks each schema it compiles in place, which a frozen document (the mock's own) refuses.
  const document = structuredClone(given);
  const byId = new Map<string, { path: string; method: string; operation: OpenApiOperation }>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation) byId.set(operation.operationId, { path, method: method.toUpperCase(), operation });
    }
  }
  const compiled = new Map<string, Validator>();
  /** A validator of `schema` whose `$ref`s reach the document's components. */
  const validatorOf = (key: string, schema: JsonSchema): Validator => {
    let found = compiled.get(key);
    if (!found) {
      const root = typeof schema === 'boolean' ? schema : { ...schema, components: document.components };
      found = new Validator(root as never, '2020-12', false);
      compiled.set(key, found);
    }
    return found;
  };
  const plans = new Map<string, Map<string, ParameterPlan>>();
  /** Whether the operation's free-form parameter (vendor column filters) takes JSON array text. */
  const extrasTakeJsonArrays = (operationId: string) =>
    operationOf(operationId).parameters.some(
      (parameter) => parameter.in === 'query' && isFreeForm(parameter) && parameter['x-json-array'] === true,
    );
  const planOf = (operationId: string) => {
    let plan = plans.get(operationId);
    if (!plan) {
      plan = new Map();
      for (const parameter of operationOf(operationId).parameters) {
        if (parameter.in !== 'query' || isFreeForm(parameter)) continue;
        plan.set(parameter.name, planParameter(parameter, document));
      }
      plans.set(operationId, plan);
    }
    return plan;
  };
  const operationOf = (operationId: string) => {
    const found = byId.get(operationId);
    if (!found) throw new Error(`No operation ${operationId} in the document`);
    return found.operation;
  };

  return {
    operation(path, method) {
      return document.paths[path]?.[method.toLowerCase() as 'get' | 'post'];
    },
    checkQuery(operationId, params, options) {
      const plan = planOf(operationId);
      const { path, method } = byId.get(operationId)!;
      const grouped = new Map<string, string[]>();
      for (const [name, value] of params) {
        const list = grouped.get(name);
        if (list) list.push(value);
        else grouped.set(name, [value]);
      }
      const problems: string[] = [];
      const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      const extra = new Map<string, string[]>();
      const ignored: string[] = [];
      const jsonExtras = extrasTakeJsonArrays(operationId);
      for (const [name, texts] of grouped) {
        const planned = plan.get(name);
        if (!planned) {
          if (options.allowExtra?.(name)) extra.set(name, jsonExtras ? jsonListItems(texts) : texts);
          else if (options.strict) problems.push(`${name}: ${method} ${path} does not take this parameter`);
          else ignored.push(name);
          continue;
        }
        const value = readParameter(planned, texts, problems);
        if (value !== undefined) values[name] = value;
      }
      const schema = {
        type: 'object',
        properties: Object.fromEntries([...plan].map(([name, p]) => [name, schemaOf(p.parameter)])),
        required: [...plan.values()].filter((p) => p.parameter.required).map((p) => p.parameter.name),
      };
      const result = validatorOf(`query:${operationId}`, schema).validate(values);
      if (!result.valid) problems.push(...describe(result.errors, '', values));
      if (problems.length > 0) throw new OpenApiValidationError(dedupe(problems));
      return { values, extra, ignored };
    },
    checkBody(operationId, body) {
      const schema = operationOf(operationId).requestBody?.content['application/json'].schema;
      if (schema === undefined) return;
      const result = validatorOf(`body:${operationId}`, schema).validate(body);
      if (!result.valid) throw new OpenApiValidationError(dedupe(describe(result.errors, 'body', body)));
    },
    responseProblems(operationId, status, contentType, body) {
      const operation = operationOf(operationId);
      let response = operation.responses[String(status)];
      if (!response) return [`status ${status} is not documented for ${operationId}`];
      const shared = (response as { $ref?: string | undefined }).$ref;
      if (shared) response = document.components.responses[shared.split('/').pop()!]!;
      const media = contentType.split(';')[0]!.trim().toLowerCase();
      const declared = response.content?.[media];
      if (!declared) return [`content type ${media} is not documented for ${operationId} ${status}`];
      if (media !== 'application/json') return typeof body === 'string' ? [] : ['the body must be text'];
      const result = validatorOf(`response:${operationId}:${status}`, declared.schema).validate(body);
      return result.valid ? [] : describe(result.errors, 'response', body);
    },
  };
}

function isFreeForm(parameter: OpenApiParameter): boolean {
  const schema = parameter.schema as { type?: unknown } | undefined;
  return parameter.style === 'form' && schema?.type === 'object';
}

function schemaOf(parameter: OpenApiParameter): JsonSchema {
  return parameter.content?.['application/json'].schema ?? parameter.schema ?? true;
}

function planParameter(parameter: OpenApiParameter, document: OpenApiDocument): ParameterPlan {
  const schema = resolve(schemaOf(parameter), document);
  const branches = (schema.anyOf as JsonSchema[] | undefined)?.map((s) => resolve(s, document)) ?? [schema];
  const types = branches.map((b) => b.type);
  const list = types.includes('array');
  const scalarType = types.find((t) => t !== 'array');
  return {
    parameter,
    json: parameter.content !== undefined,
    list,
    listOnly: list && scalarType === undefined,
    jsonArray: list && parameter['x-json-array'] === true,
    scalar: scalarType === 'integer' || scalarType === 'number' ? scalarType : 'string',
  };
}

function resolve(schema: JsonSchema, document: OpenApiDocument): Record<string, unknown> {
  if (typeof schema === 'boolean') return {};
  const target = schema.$ref;
  if (typeof target === 'string')
    return resolve(document.components.schemas[target.split('/').pop()!] ?? {}, document);
  return schema;
}

/** One parameter's texts as its value (OpenAPI form style, exploded; JSON text where the document says so). */
function readParameter(plan: ParameterPlan, texts: string[], problems: string[]): unknown {
  const { name } = plan.parameter;
  if (plan.json) {
    if (texts.length > 1) return void problems.push(`${name}: given ${texts.length} times; give it once`);
    try {
      return JSON.parse(texts[0]!) as unknown;
    } catch {
      return void problems.push(`${name}: must be JSON text`);
    }
  }
  if (plan.list) {
    // Form style, exploded: each repetition is one value, taken literally. Only a parameter marked `x-json-array`
    // (the legacy column filters, to which `@frontegg/rest-api` sends arrays as `severity=["High","Critical"]`)
    // also reads JSON array text as its items; elsewhere `["a","b"]` is one value, as a standard server reads it.
    const items = plan.jsonArray ? jsonListItems(texts) : texts;
    // `[]` stays a list for the schema's minItems to refuse: read as no value, it dropped the filter and answered
    // every event as if filtered.
    return plan.listOnly || items.length !== 1 ? items : items[0];
  }
  if (texts.length > 1) return void problems.push(`${name}: given ${texts.length} times; give it once`);
  const text = texts[0]!;
  if (plan.scalar === 'integer' && /^-?\d{1,20}$/.test(text)) return Number(text);
  if (plan.scalar === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}

/** Texts with each JSON array text replaced by its items (as strings). */
function jsonListItems(texts: string[]): string[] {
  return texts.flatMap((text) => jsonList(text) ?? [text]);
}

function jsonList(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed)
      ? parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))
      : undefined;
  } catch {
    return undefined;
  }
}

/** Readable messages from the library's output: the most specific error of each failing place, named. */
function describe(errors: OutputUnit[], prefix: string, instance: unknown): string[] {
  const byPlace = new Map<string, OutputUnit>();
  for (const error of errors) {
    const place = error.instanceLocation;
    const known = byPlace.get(place);
    if (!known || moreSpecific(error, known)) byPlace.set(place, error);
  }
  const messages: string[] = [];
  for (const [place, error] of byPlace) {
    // A place whose errors are all wrappers is explained by a deeper place.
    if (
      wrappers.has(error.keyword) &&
      [...byPlace.keys()].some((p) => p !== place && p.startsWith(`${place}/`))
    )
      continue;
    const path = place.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodePointer);
    const named = [prefix, ...path].filter(Boolean).join('.');
    const value = path.reduce<unknown>(
      (v, key) => (v as Record<string, unknown> | undefined)?.[key],
      instance,
    );
    const shown = typeof value === 'string' && value.length > 60 ? `${value.slice(0, 60)}…` : value;
    const message =
      error.keyword === 'required'
        ? error.error
        : `${error.error} (got ${JSON.stringify(shown) ?? 'nothing'})`;
    messages.push(named ? `${named}: ${message}` : message);
  }
  return messages;
}

/**
 * Whether `error` explains a place better than `known`. Of an `anyOf`'s branches, the one of the value's own type
 * says what is wrong (`severity=[]`: too few items), the others only that the type differs.
 */
function moreSpecific(error: OutputUnit, known: OutputUnit): boolean {
  if (wrappers.has(error.keyword)) return false;
  return wrappers.has(known.keyword) || (known.keyword === 'type' && error.keyword !== 'type');
}

function decodePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function dedupe(messages: string[]): string[] {
  return [...new Set(messages)];
}
