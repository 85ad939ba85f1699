import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createRetryPolicy } from '../client/retryPolicy.ts';
import { auditRetryRule } from './auditRetryRule.ts';

const failure = new Error('down');

describe('auditRetryRule', () => {
  it("is the provider's policy when it has one", () => {
    const retry = createRetryPolicy({ maxRetries: 1 });
    expect(auditRetryRule({ retry, queryClient: new QueryClient() })).toBe(retry);
  });

  it("follows the QueryClient's retries and delays with the policy turned off", () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, retryDelay: 7 } } });
    const rule = auditRetryRule({ retry: undefined, queryClient });
    expect([rule.retry(0, failure), rule.retry(1, failure)]).toEqual([true, false]);
    expect(rule.retryDelay(0, failure)).toBe(7);
  });

  it("reads a client's function or boolean as Query does", () => {
    const byError = new QueryClient({
      defaultOptions: { queries: { retry: (count, error) => error.message === 'down' && count < 2 } },
    });
    expect(auditRetryRule({ retry: undefined, queryClient: byError }).retry(1, failure)).toBe(true);
    expect(auditRetryRule({ retry: undefined, queryClient: byError }).retry(2, failure)).toBe(false);
    const never = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect(auditRetryRule({ retry: undefined, queryClient: never }).retry(0, failure)).toBe(false);
  });

  it("is Query's own 3 retries and doubling delays when the client sets none", () => {
    const rule = auditRetryRule({ retry: undefined, queryClient: new QueryClient() });
    expect([2, 3].map((count) => rule.retry(count, failure))).toEqual([true, false]);
    expect([0, 1, 10].map((count) => rule.retryDelay(count, failure))).toEqual([1000, 2000, 30_000]);
  });
});
