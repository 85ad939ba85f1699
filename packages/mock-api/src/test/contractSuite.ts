// The contract, as tests: run in-process through msw/node and again over real HTTP against the standalone server.
// Each area lives in its own file; this one holds the shared setup and helpers.
import { afterEach, beforeAll, expect } from 'vitest';
import type { MockAuditApi } from '../handlers/createMockAuditApi.ts';
import { accessContract } from './accessContract.ts';
import { V2, call, errorsOf, json, signTokens } from './contractClient.ts';
import type { CallOptions, ListBody, Tokens } from './contractClient.ts';
import { exportContract } from './exportContract.ts';
import { listContract } from './listContract.ts';
import { otherEndpointsContract } from './otherEndpointsContract.ts';
import { scenarioContract } from './scenarioContract.ts';

export interface ContractTarget {
  /** Where the API lives, e.g. `https://api.frontegg.com` or `http://127.0.0.1:1234`. */
  base: string;
  api: MockAuditApi;
}

/** What every part of the suite shares: tokens (signed before the tests run) and request helpers. */
export interface ContractContext {
  /** Filled in `beforeAll`; read it inside tests only. */
  t: Tokens;
  target: () => ContractTarget;
  get(path: string, options?: CallOptions): Promise<Response>;
  /** A v2 list that must answer 200. */
  list(query: string, options?: CallOptions): Promise<ListBody>;
  /** Every Acme event through the API itself, newest first, as the reference for filters and paging. */
  allAcme(): Promise<ListBody['data']>;
  /** Asserts a 400 whose messages mention `field`. */
  expect400(path: string, field: string, options?: CallOptions): Promise<void>;
}

export function contractSuite(target: () => ContractTarget): void {
  const t = {} as Tokens;
  const get = (path: string, options?: CallOptions) => call(target().base, path, options);
  const list = async (query: string, options: CallOptions = { token: t.adminA }) => {
    const response = await get(`${V2}?${query}`, options);
    expect(response.status).toBe(200);
    return json<ListBody>(response);
  };
  const allAcme = async () => {
    const first = await list('count=200&offset=0');
    const second = await list('count=200&offset=200');
    return [...first.data, ...second.data];
  };
  const expect400 = async (path: string, field: string, options: CallOptions = { token: t.adminA }) => {
    const response = await get(path, options);
    expect(response.status).toBe(400);
    const errors = await errorsOf(response);
    expect(errors.join(' ')).toContain(field);
  };

  beforeAll(async () => {
    Object.assign(t, await signTokens());
  });
  afterEach(() => {
    target().api.reset();
    target().api.resetScenario();
  });

  const context: ContractContext = { t, target, get, list, allAcme, expect400 };
  listContract(context);
  exportContract(context);
  otherEndpointsContract(context);
  accessContract(context);
  scenarioContract(context);
}
