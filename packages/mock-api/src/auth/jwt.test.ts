import { describe, expect, it } from 'vitest';
import { DEMO_JWT_SECRET, signJwt, verifyJwt } from './jwt.ts';

const nowMs = Date.UTC(2026, 10, 26);
/** The token with one byte of its signature changed (the second-to-last character: every bit of it counts). */
const tamper = (token: string) => `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;

const claims = (overrides: object = {}) => ({
  type: 'userToken',
  sub: 'user-1',
  tenantId: 'tenant-acme',
  permissions: ['fe.secure.read.audits'],
  iat: nowMs / 1000,
  exp: nowMs / 1000 + 3600,
  ...overrides,
});

describe('verifyJwt, the same token again and again (signatures it has verified are kept)', () => {
  it('reads a valid token on every request, and still refuses it once it has expired', async () => {
    const token = await signJwt(claims());
    for (let i = 0; i < 3; i++)
      await expect(verifyJwt(token, DEMO_JWT_SECRET, nowMs)).resolves.toMatchObject({ sub: 'user-1' });
    // Verified a moment ago, yet an hour later it is expired: the claims are checked each time, not kept.
    await expect(verifyJwt(token, DEMO_JWT_SECRET, nowMs + 3_600_000)).rejects.toThrow('Token expired');
  });

  it('refuses a verified token with one byte of its signature changed, or under another secret', async () => {
    const token = await signJwt(claims({ sub: 'user-2' }));
    await verifyJwt(token, DEMO_JWT_SECRET, nowMs);
    await expect(verifyJwt(tamper(token), DEMO_JWT_SECRET, nowMs)).rejects.toThrow('Invalid token signature');
    await expect(verifyJwt(token, 'another-secret', nowMs)).rejects.toThrow('Invalid token signature');
  });

  it('refuses a verified token’s payload under the signature of another', async () => {
    const admin = await signJwt(claims({ sub: 'admin', tenantId: 'tenant-acme' }));
    await verifyJwt(admin, DEMO_JWT_SECRET, nowMs);
    const other = await signJwt(claims({ sub: 'admin', tenantId: 'tenant-globex' }));
    const [head, body] = other.split('.');
    const spliced = `${head}.${body}.${admin.split('.')[2]}`;
    await expect(verifyJwt(spliced, DEMO_JWT_SECRET, nowMs)).rejects.toThrow('Invalid token signature');
  });

  it('keeps verifying correctly past the number of tokens it keeps', async () => {
    const tokens = await Promise.all(
      Array.from({ length: 300 }, (_, i) => signJwt(claims({ sub: `user-${i}` }))),
    );
    for (const token of tokens) await verifyJwt(token, DEMO_JWT_SECRET, nowMs);
    await expect(verifyJwt(tokens[0]!, DEMO_JWT_SECRET, nowMs)).resolves.toMatchObject({ sub: 'user-0' });
    await expect(verifyJwt(tamper(tokens[299]!), DEMO_JWT_SECRET, nowMs)).rejects.toThrow(
      'Invalid token signature',
    );
  });
});
