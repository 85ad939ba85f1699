import { signJwt, DEMO_JWT_SECRET } from './jwt.ts';

/** The permission needed to list, export and count events with a user token. */
export const READ_AUDITS = 'fe.secure.read.audits';
/** The permission needed to create events with a user token. */
export const WRITE_AUDITS = 'fe.secure.write.audits';

/** What {@link createDemoToken} puts in a token. */
export interface DemoTokenClaims {
  /** `user`: bound to `tenantId`; `environment`: a management token that may act on any tenant. */
  kind: 'user' | 'environment';
  /** The tenant of a user token (required for `kind: 'user'`). */
  tenantId?: string | undefined;
  /** @default 'environment' for environment tokens */
  userId?: string | undefined;
  email?: string | undefined;
  name?: string | undefined;
  /** @default [] */
  permissions?: readonly string[] | undefined;
  /**
   * Lifetime in seconds; a negative value makes an already expired token (for tests).
   * @default 86400
   */
  expiresIn?: number | undefined;
  /**
   * The HMAC secret.
   * @default DEMO_JWT_SECRET
   */
  secret?: string | undefined;
}

/**
 * Signs a demo JWT (HS256, Web Crypto) that the mock accepts.
 *
 * @example
 * const token = await createDemoToken({ kind: 'user', tenantId: 'tenant-acme', userId: 'u1', permissions: [READ_AUDITS] });
 * fetch('/audits/resources/audits/v2?count=20&offset=0', { headers: { Authorization: `Bearer ${token}` } });
 */
export async function createDemoToken(claims: DemoTokenClaims): Promise<string> {
  if (claims.kind !== 'user' && claims.kind !== 'environment') {
    throw new TypeError(`kind must be 'user' or 'environment', got ${String(claims.kind)}`);
  }
  if (claims.kind === 'user' && !claims.tenantId) throw new TypeError('A user token needs a tenantId');
  const expiresIn = claims.expiresIn ?? 86_400;
  if (!Number.isFinite(expiresIn)) throw new TypeError('expiresIn must be a number of seconds');
  const iat = Math.floor(Date.now() / 1000);
  return signJwt(
    {
      type: claims.kind === 'user' ? 'userToken' : 'environmentToken',
      sub: claims.userId ?? (claims.kind === 'environment' ? 'environment' : 'user'),
      ...(claims.tenantId !== undefined && { tenantId: claims.tenantId }),
      ...(claims.email !== undefined && { email: claims.email }),
      ...(claims.name !== undefined && { name: claims.name }),
      permissions: [...(claims.permissions ?? [])],
      iss: 'auditkit-mock-api',
      iat,
      exp: iat + Math.trunc(expiresIn),
    },
    claims.secret ?? DEMO_JWT_SECRET,
  );
}
