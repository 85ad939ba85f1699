// Test helpers: a tiny client for the contract, used by the in-process (msw/node) and the real-HTTP suites.
import { demoIdentities, demoToken } from '../auth/demoIdentities.ts';
import type { DemoIdentity } from '../auth/demoIdentities.ts';

/** Fixed inputs so every assertion is about behaviour, not about the clock. */
export const TEST_NOW = '2026-06-15T12:00:00.000Z';
export const TEST_SEED = 42;
export const TEST_SIZE = 300;
/** The contract runs in strict mode with Frontegg's data shapes: what this project's own tests use. */
export const CONTRACT_OPTIONS = {
  seed: TEST_SEED,
  now: TEST_NOW,
  eventsPerTenant: TEST_SIZE,
  strict: true,
  fidelity: 'frontegg',
} as const;

export const ACME = demoIdentities.tenantAAdmin.tenantId;
export const GLOBEX = demoIdentities.tenantBAdmin.tenantId;
export const INITECH = 'tenant-initech';

export interface Tokens {
  adminA: string;
  viewerA: string;
  adminB: string;
  env: string;
}

export async function signTokens(): Promise<Tokens> {
  const sign = (identity: DemoIdentity) => demoToken(identity);
  return {
    adminA: await sign(demoIdentities.tenantAAdmin),
    viewerA: await sign(demoIdentities.tenantAViewer),
    adminB: await sign(demoIdentities.tenantBAdmin),
    env: await sign(demoIdentities.environment),
  };
}

export interface CallOptions {
  token?: string | undefined;
  tenant?: string | undefined;
  body?: unknown;
  headers?: Record<string, string> | undefined;
}

/** Calls the mock at `base` + `path`; a `body` makes it a JSON POST. */
export function call(base: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.tenant) headers['frontegg-tenant-id'] = options.tenant;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${base}${path}`, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers,
    ...(options.body !== undefined && {
      body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
    }),
  });
}

/**
 * POSTs `body` (JSON text) with the `content-type` given, or with none at all when it is `null` (a typeless Blob:
 * `fetch` adds no header for it, while a string body goes as `text/plain;charset=UTF-8`).
 */
export function postTyped(
  base: string,
  path: string,
  token: string,
  body: string,
  contentType: string | null,
): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(contentType !== null && { 'content-type': contentType }),
    },
    body: contentType === null ? new Blob([body]) : body,
  });
}

/** Content types a JSON body must not be read under, as Frontegg's JSON body parser would not read it. */
export const NOT_JSON_TYPES = [
  null,
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/merge-patch+json',
  'application/json-seq',
  'application/jsonx',
];

export interface ListBody {
  data: Record<string, unknown>[];
  total: number;
}

export async function json<T = ListBody>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Asserts the contract's error shape and returns the messages. */
export async function errorsOf(response: Response): Promise<string[]> {
  const body = (await response.json()) as { errors: unknown; errorCode?: unknown };
  if (!Array.isArray(body.errors) || body.errors.some((e) => typeof e !== 'string')) {
    throw new Error(`not a contract error body: ${JSON.stringify(body)}`);
  }
  if (!response.headers.get('frontegg-trace-id')) throw new Error('missing frontegg-trace-id header');
  return body.errors as string[];
}

export const V2 = '/audits/resources/audits/v2';
export const PAGED_EXPORT = '/audits/resources/audits/v2/export/csv';
export const STREAM_EXPORT = '/audits/export/csv/v2';
/** An export body asking for two columns. */
export const props = {
  properties: [
    { name: 'createdAt', displayName: 'Time' },
    { name: 'action', displayName: 'Action' },
  ],
};

/** An event time (Frontegg's zone-less UTC form, or ISO) as RFC 3339, the form query parameters take. */
export function iso(createdAt: unknown): string {
  const text = String(createdAt);
  return text.includes('T') ? text : `${text.replace(' ', 'T')}Z`;
}

/** Epoch ms of an event time (zone-less means UTC). */
export function timeOf(createdAt: unknown): number {
  return Date.parse(iso(createdAt));
}
