import { base64urlToBytes, bytesToBase64url, jsonToBase64url } from './base64url.ts';

/**
 * The documented secret every demo token is signed with. It is public on purpose: the mock is a demo and test
 * server, never a place for real data.
 */
export const DEMO_JWT_SECRET = 'auditkit-demo-secret-do-not-use-in-production';

/** How far in the future `nbf` and `iat` may be and still be accepted: 60 s of clock skew between machines. */
export const CLOCK_SKEW_MS = 60_000;

/** The claims the mock reads from a token. */
export interface AuditTokenClaims {
  /** `userToken` for a user of one tenant; `environmentToken` for a management token acting on any tenant. */
  type: 'userToken' | 'environmentToken';
  sub: string;
  tenantId?: string | undefined;
  email?: string | undefined;
  name?: string | undefined;
  permissions: string[];
  iat: number;
  exp: number;
  iss?: string | undefined;
}

/**
 * Thrown where Web Crypto's `crypto.subtle` is missing: tokens are signed and checked with it. Jest's `jsdom`
 * environment replaces Node's `crypto` with jsdom's, which has none, and every request was then the mock's generic
 * 500; the message says what is missing and how to fix it.
 */
export class WebCryptoUnavailableError extends Error {
  override name = 'WebCryptoUnavailableError';
  constructor() {
    super(
      "@auditkit/mock-api signs and checks tokens with Web Crypto, but this environment's crypto.subtle is missing " +
        "(Jest's jsdom environment has none). Give it Node's: in a Jest setupFiles module, " +
        "Object.defineProperty(globalThis, 'crypto', { value: require('node:crypto').webcrypto, configurable: true })",
    );
  }
}

/** `crypto.subtle`, or a {@link WebCryptoUnavailableError} saying how to provide it. */
function subtle(): SubtleCrypto {
  const found = (globalThis as { crypto?: Partial<Crypto> | undefined }).crypto?.subtle;
  if (!found) throw new WebCryptoUnavailableError();
  return found;
}

const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = subtle().importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, key);
  }
  return key;
}

/**
 * Tokens whose signature was found valid, by secret. A client sends the same token with every request (a paged
 * export sends hundreds), and Web Crypto's verify is an asynchronous job that cost about as much as encoding each
 * 200-event page's CSV (578 against 516 ms of the server's time for 1,006 pages, profiled over loopback HTTP).
 * Only the signature's check is kept: an HMAC over the same bytes with the same secret has one answer, so a token
 * in here is one that verified; its claims (`exp`, `nbf`, the tenant) are read and checked again on every request.
 * Bounded, oldest out first.
 */
const verified = new Map<string, Set<string>>();
const maxVerified = 256;

async function signatureValid(
  secret: string,
  head: string,
  body: string,
  signature: Uint8Array,
  token: string,
): Promise<boolean> {
  let tokens = verified.get(secret);
  if (tokens?.has(token)) return true;
  const valid = await subtle().verify(
    'HMAC',
    await hmacKey(secret),
    signature as Uint8Array<ArrayBuffer>,
    new TextEncoder().encode(`${head}.${body}`),
  );
  if (!valid) return false;
  if (!tokens) verified.set(secret, (tokens = new Set()));
  tokens.add(token);
  if (tokens.size > maxVerified) tokens.delete(tokens.values().next().value as string);
  return true;
}

/** Signs claims as an HS256 JWT with Web Crypto. */
export async function signJwt(
  claims: object,
  secret: string = DEMO_JWT_SECRET,
  header: object = { alg: 'HS256', typ: 'JWT' },
): Promise<string> {
  const input = `${jsonToBase64url(header)}.${jsonToBase64url(claims)}`;
  const key = await hmacKey(secret);
  const signature = await subtle().sign('HMAC', key, new TextEncoder().encode(input));
  return `${input}.${bytesToBase64url(new Uint8Array(signature))}`;
}

/** Why a token was refused; each becomes a 401 with this message. */
export class TokenError extends Error {
  override name = 'TokenError';
}

/**
 * Verifies an HS256 JWT (signature, `exp`, claim shapes) and returns its claims; throws {@link TokenError}
 * with a message that says what is wrong.
 */
export async function verifyJwt(
  token: string,
  secret: string = DEMO_JWT_SECRET,
  nowMs = Date.now(),
): Promise<AuditTokenClaims> {
  const parts = token.split('.');
  if (parts.length !== 3) throw new TokenError('Malformed token: a JWT has three dot-separated parts');
  const [head, body, sig] = parts as [string, string, string];
  let header: unknown;
  let payload: unknown;
  let signature: Uint8Array;
  try {
    header = JSON.parse(new TextDecoder().decode(base64urlToBytes(head)));
    payload = JSON.parse(new TextDecoder().decode(base64urlToBytes(body)));
    signature = base64urlToBytes(sig);
  } catch {
    throw new TokenError('Malformed token: header, payload or signature is not base64url JSON');
  }
  if (!isRecord(header) || header.alg !== 'HS256') throw new TokenError('Malformed token: alg must be HS256');
  // RFC 7515 §4.1.11: a `crit` header names extensions the recipient must understand; this verifier understands
  // none, so any `crit` (or a malformed one) refuses the token.
  if (header.crit !== undefined) throw new TokenError('Unsupported critical header parameter (crit)');
  if (!(await signatureValid(secret, head, body, signature, token)))
    throw new TokenError('Invalid token signature');
  if (!isRecord(payload)) throw new TokenError('Malformed token: the payload must be an object');
  if (typeof payload.exp !== 'number') throw new TokenError('Malformed token: exp is required');
  if (payload.exp * 1000 <= nowMs) throw new TokenError('Token expired');
  // RFC 7519 §4.1.5 (nbf) and a token issued in the future (iat), with a small allowance for clock skew.
  if (
    payload.nbf !== undefined &&
    (typeof payload.nbf !== 'number' || payload.nbf * 1000 > nowMs + CLOCK_SKEW_MS)
  )
    throw new TokenError('Token not yet valid (nbf is in the future)');
  if (
    payload.iat !== undefined &&
    (typeof payload.iat !== 'number' || payload.iat * 1000 > nowMs + CLOCK_SKEW_MS)
  )
    throw new TokenError('Token issued in the future (iat)');
  if (payload.type !== 'userToken' && payload.type !== 'environmentToken') {
    throw new TokenError('Malformed token: type must be userToken or environmentToken');
  }
  if (
    payload.type === 'userToken' &&
    (typeof payload.tenantId !== 'string' || payload.tenantId.trim() === '')
  ) {
    throw new TokenError('Malformed token: a user token needs a tenantId');
  }
  if (typeof payload.sub !== 'string') throw new TokenError('Malformed token: sub is required');
  const permissions = Array.isArray(payload.permissions)
    ? payload.permissions.filter((p) => typeof p === 'string')
    : [];
  return { ...(payload as unknown as AuditTokenClaims), permissions };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
