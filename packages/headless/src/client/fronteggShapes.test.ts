// The client against bodies shaped as Frontegg's own material has them (the demo data of its React SDK and redux
// store, the types of @frontegg/rest-api), answered by a stub fetch so each shape is exact.
import { describe, expect, it } from 'vitest';
import { createAuditClient } from './createAuditClient.ts';

function clientWith(routes: Record<string, unknown>) {
  const seen: URL[] = [];
  const client = createAuditClient({
    baseUrl: 'https://app-x.frontegg.test',
    getToken: () => 'token',
    fetch: async (input) => {
      const url = new URL(String(input));
      seen.push(url);
      const body = routes[url.pathname];
      return body === undefined
        ? new Response(JSON.stringify({ errors: ['not found'] }), { status: 404 })
        : new Response(JSON.stringify(body), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
    },
  });
  return { client, seen };
}

const demoColumn = (name: string, extra: Record<string, unknown>) => ({
  name,
  displayName: name,
  type: 'AlphaNumeric',
  sortable: true,
  filterable: true,
  showInTable: true,
  chosen: false,
  selected: false,
  isPredefined: true,
  ...extra,
});

describe('Frontegg-shaped answers', () => {
  it("reads showInMoreInfo as Frontegg sends it: 'Always' (or true) is shown, absent is not forced", async () => {
    const { client } = clientWith({
      '/metadata': {
        rows: [
          {
            id: 'm-1',
            entityName: 'audits',
            vendorId: 'v-1',
            createdAt: '2021-04-07 10:50:40.201',
            updatedAt: '2021-04-07 10:50:40.201',
            theme: { id: 't', name: 'default', styles: {} },
            properties: [
              demoColumn('action', { showInMoreInfo: 'Always' }),
              demoColumn('email', {}),
              demoColumn('ip', { showInMoreInfo: true }),
              demoColumn('region', { showInMoreInfo: 'always', isPredefined: false }),
            ],
          },
        ],
      },
    });
    const columns = await client.columns();
    expect(
      columns.map(({ name, showInMoreInfo, isPredefined }) => [name, showInMoreInfo, isPredefined]),
    ).toEqual([
      ['action', true, true],
      ['email', false, true],
      ['ip', true, true],
      ['region', true, false],
    ]);
  });

  it('takes `_id` as the event id, keeps zone-less createdAt and vendor fields as sent, and ids events that have none', async () => {
    const event = {
      ip: '198.143.51.1',
      user: 'Demo User Name',
      email: 'demo-user@frontegg.com',
      action: 'User logged in',
      severity: 'Info',
      json: { key1: 'value1' },
      tenantId: 'my-tenant-id',
      vendorId: 'my-vendor-id',
      createdAt: '2022-04-07 10:50:40.201',
      loginMethod: 'saml',
    };
    const { client } = clientWith({
      '/audits/resources/audits/v2': {
        data: [{ ...event, _id: 'abc123', __v: 0 }, event, event],
        total: 3,
      },
    });
    const page = await client.list({ count: 20, offset: 0 });
    expect(page.data[0]).toMatchObject({
      frontegg_id: 'abc123',
      createdAt: '2022-04-07 10:50:40.201',
      loginMethod: 'saml',
    });
    const [, second, third] = page.data;
    expect(second!.frontegg_id).toMatch(/^content-/);
    expect(third!.frontegg_id).toBe(`${second!.frontegg_id}~1`);
    // The same content gets the same id on a refetch, so rows keep their keys.
    expect((await client.list({ count: 20, offset: 0 })).data[1]!.frontegg_id).toBe(second!.frontegg_id);
  });

  it('reads the full IP shape of /metadata/ip/{ip} and /metadata/ipme (nulls left out)', async () => {
    const answer = {
      ip: '81.2.69.142',
      city: 'London',
      country_name: 'United Kingdom',
      country_code: 'GB',
      zip: null,
      latitude: 51.5,
      longitude: -0.12,
      location: { country_flag: 'https://flags.test/gb.svg', country_flag_emoji: '🇬🇧' },
    };
    const { client, seen } = clientWith({ '/metadata/ip/81.2.69.142': answer, '/metadata/ipme': answer });
    const expected = {
      ip: '81.2.69.142',
      city: 'London',
      country_name: 'United Kingdom',
      country_code: 'GB',
      latitude: 51.5,
      longitude: -0.12,
      location: { country_flag: 'https://flags.test/gb.svg', country_flag_emoji: '🇬🇧' },
    };
    expect(await client.lookupIp('81.2.69.142')).toEqual(expected);
    expect(await client.lookupOwnIp()).toEqual(expected);
    expect(seen.map((url) => url.pathname)).toEqual(['/metadata/ip/81.2.69.142', '/metadata/ipme']);
  });

  it('plans a column filter against the metadata: one metadata request shared, unfilterable columns not sent', async () => {
    const { client, seen } = clientWith({
      '/metadata': {
        rows: [
          {
            entityName: 'audits',
            properties: [
              demoColumn('severity', { type: 'Severity' }),
              demoColumn('description', { filterable: false, sortable: false }),
            ],
          },
        ],
      },
      '/audits': { data: [], total: 0 },
    });
    await Promise.all([
      client.list({ count: 20, offset: 0, filters: { severity: ['High'], description: ['x'] } }),
      client.list({ count: 20, offset: 20, filters: { severity: ['High'], description: ['x'] } }),
    ]);
    expect(seen.map((url) => url.pathname)).toEqual(['/metadata', '/audits', '/audits']);
    expect(Object.fromEntries(seen[1]!.searchParams)).toEqual({
      count: '20',
      offset: '0',
      sortBy: 'createdAt',
      sortDirection: 'desc',
      severity: 'High',
    });
    const plan = await client.planRequest({ count: 20, offset: 0, filters: { description: ['x'] } });
    expect(plan.unapplied).toEqual([
      { kind: 'filter', column: 'description', values: ['x'], reason: 'not-filterable' },
    ]);
    expect(seen).toHaveLength(3);
  });

  it('plans against Frontegg’s default columns when the metadata endpoint is missing (404)', async () => {
    const { client, seen } = clientWith({ '/audits/resources/audits/v2': { data: [], total: 0 } });
    await client.list({ count: 20, offset: 0, filters: { region: ['eu'] } });
    // The default set has no `region`: the filter is reported, not sent, and the v2 list serves the rest.
    expect(seen.map((url) => url.pathname)).toEqual(['/metadata', '/audits/resources/audits/v2']);
    expect(seen[1]!.searchParams.has('region')).toBe(false);
  });

  it('still lists when the metadata fails: column filters are then sent as they are', async () => {
    const seen: URL[] = [];
    const client = createAuditClient({
      baseUrl: 'https://app-x.frontegg.test',
      getToken: () => 'token',
      fetch: async (input) => {
        const url = new URL(String(input));
        seen.push(url);
        return url.pathname === '/metadata'
          ? new Response('{"errors":["down"]}', { status: 503 })
          : new Response('{"data":[],"total":0}', { status: 200 });
      },
    });
    await client.list({ count: 20, offset: 0, filters: { region: ['eu'] } });
    expect(seen[1]!.pathname).toBe('/audits');
    expect(seen[1]!.searchParams.get('region')).toBe('eu');
    // The failure is not kept: the next plan asks again.
    await client.list({ count: 20, offset: 0, filters: { region: ['eu'] } });
    expect(seen.map((url) => url.pathname)).toEqual(['/metadata', '/audits', '/metadata', '/audits']);
  });
});
