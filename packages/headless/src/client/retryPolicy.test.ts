import { describe, expect, it } from 'vitest';
import { AuditApiError } from './AuditApiError.ts';
import { createRetryPolicy } from './retryPolicy.ts';

const http = (status: number, retryAfter?: number) =>
  new AuditApiError('x', { kind: 'http', status, retryAfter });

describe('createRetryPolicy', () => {
  const { retry, retryDelay } = createRetryPolicy({ maxRetries: 3, baseDelay: 500, maxDelay: 30_000 });

  it.each([400, 401, 403, 404, 413])('never retries %i', (status) => {
    expect(retry(0, http(status))).toBe(false);
  });

  it('retries 429, 5xx and network failures up to the cap', () => {
    for (const error of [http(429), http(500), http(503), new AuditApiError('x', { kind: 'network' })]) {
      expect([0, 1, 2, 3].map((count) => retry(count, error))).toEqual([true, true, true, false]);
    }
  });

  it('never retries aborts, malformed answers, incomplete exports or foreign errors', () => {
    for (const kind of ['aborted', 'malformed', 'incomplete'] as const) {
      expect(retry(0, new AuditApiError('x', { kind }))).toBe(false);
    }
    expect(retry(0, new TypeError('bug'))).toBe(false);
  });

  it('waits out a Retry-After of up to 5 s, and surfaces a longer one at once rather than wait in silence', () => {
    const policy = createRetryPolicy();
    expect(policy.retry(0, http(429, 5))).toBe(true);
    expect(policy.retryDelay(0, http(429, 5))).toBe(5000);
    expect(policy.retry(0, http(429, 6))).toBe(false);
    expect(policy.retry(0, http(503, 30))).toBe(false);
    // A 503 without one backs off as usual.
    expect(policy.retry(0, http(503))).toBe(true);
    expect(createRetryPolicy({ maxRetryAfter: 60_000 }).retry(0, http(429, 30))).toBe(true);
  });

  it('never asks again before Retry-After: one longer than maxDelay is not retried, not cut short', () => {
    expect(createRetryPolicy({ maxDelay: 2000 }).retry(0, http(429, 3))).toBe(false);
    expect(createRetryPolicy({ maxDelay: 2000 }).retry(0, http(429, 2))).toBe(true);
  });

  it('backs off exponentially, capped, and waits Retry-After when given', () => {
    expect([0, 1, 2, 3].map((count) => retryDelay(count, http(503)))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelay(0, http(429, 7))).toBe(7000);
    expect(retryDelay(0, http(429, 3600))).toBe(30_000);
    expect(createRetryPolicy({ baseDelay: 1000, maxDelay: 5000 }).retryDelay(5, http(500))).toBe(5000);
  });
});
