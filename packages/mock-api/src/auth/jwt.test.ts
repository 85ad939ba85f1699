import { describe, expect, it, vi } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
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

// Jest's jsdom environment swaps Node's `crypto` for jsdom's, which has getRandomValues but no `subtle`.
describe('without Web Crypto’s crypto.subtle (as under Jest’s jsdom environment)', () => {
  const withoutSubtle = async (run: () => Promise<void>) => {
    const node = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: node.getRandomValues.bind(node) });
    try {
      await run();
    } finally {
      vi.unstubAllGlobals();
    }
  };
  const fix = /crypto\.subtle is missing.*require\('node:crypto'\)\.webcrypto/;

  it('answers requests 500 with a message naming crypto.subtle and the fix, not the generic error', async () => {
    const secret = 'a-secret-only-this-test-uses';
    const api = createMockAuditApi({ now: 0, eventsPerTenant: 1, secret });
    const token = await signJwt(claims({ exp: Date.now() / 1000 + 3600, iat: undefined }), secret);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await withoutSubtle(async () => {
        const response = (await api.handle(
          new Request('https://api.example.test/audits/resources/audits/v2?count=1&offset=0', {
            headers: { authorization: `Bearer ${token}` },
          }),
        ))!;
        expect(response.status).toBe(500);
        const { errors } = (await response.json()) as { errors: string[] };
        expect(errors).toEqual([expect.stringMatching(fix)]);
      });
      expect(logged).toHaveBeenCalledWith(expect.stringMatching(fix));
    } finally {
      logged.mockRestore();
    }
  });

  it('makes signing a demo token throw the same message', async () => {
    await withoutSubtle(async () => {
      await expect(signJwt(claims(), 'another-secret-only-this-test-uses')).rejects.toThrow(fix);
    });
  });
});
