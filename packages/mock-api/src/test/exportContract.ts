// The paged and streamed CSV exports. Part of the contract suite (see contractSuite.ts).
import { describe, expect, it } from 'vitest';
import {
  ACME,
  NOT_JSON_TYPES,
  PAGED_EXPORT,
  STREAM_EXPORT,
  TEST_SIZE,
  errorsOf,
  iso,
  postTyped,
  props,
} from './contractClient.ts';
import type { ContractContext } from './contractSuite.ts';

export function exportContract(ctx: ContractContext): void {
  const { t, get, list, target } = ctx;
  describe('export', () => {
    it('exports one page as CSV with the requested headers, order and rows', async () => {
      const response = await get(`${PAGED_EXPORT}?count=5&offset=3`, {
        token: t.adminA,
        tenant: ACME,
        body: props,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="audits.csv"');
      const lines = (await response.text()).split('\r\n');
      expect(lines[0]).toBe('Time,Action');
      expect(lines.at(-1)).toBe('');
      const page = await list('count=5&offset=3');
      expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(
        page.data.map((e) => iso(e.createdAt)),
      );
    });

    it('streams every matching event from the legacy export when count is 0 or absent', async () => {
      // Absent: what Frontegg's portal and @frontegg/rest-api send; 0: the published document's example.
      for (const count of ['', '&count=0']) {
        const response = await get(`${STREAM_EXPORT}?offset=0${count}&outputFileName=acme-audit`, {
          token: t.env,
          tenant: ACME,
          body: props,
        });
        expect(response.status).toBe(201);
        expect(response.headers.get('content-disposition')).toBe('attachment; filename="acme-audit.csv"');
        const text = await response.text();
        expect(text.split('\r\n').length - 2).toBeGreaterThanOrEqual(TEST_SIZE);
      }
      const high = await get(`${STREAM_EXPORT}?offset=0&severity=High`, {
        token: t.adminA,
        body: {
          properties: [{ name: 'severity', displayName: 'Severity', type: 'Severity', sortable: true }],
        },
      });
      const rows = (await high.text()).trim().split('\r\n');
      expect(rows.slice(1).every((r) => r === 'High')).toBe(true);
      const legacyHigh = (await (
        await get('/audits?count=1&offset=0&severity=High', { token: t.adminA })
      ).json()) as {
        total: number;
      };
      expect(rows.length - 1).toBe(legacyHigh.total);
      const five = await get(`${STREAM_EXPORT}?count=5&offset=0`, { token: t.adminA, body: props });
      expect((await five.text()).trim().split('\r\n')).toHaveLength(6);
    });

    it('takes limit and paginationMode on the legacy exports, as the published table lists them with the list', async () => {
      // The table lists `vendorId`, `tenantId`, `limit` and `paginationMode` for the legacy list and export alike;
      // strict mode refusing them on the export would fail a client sending what the real service documents.
      for (const path of [STREAM_EXPORT, '/audits/export/csv']) {
        const response = await get(`${path}?offset=0&count=5&limit=10&paginationMode=virtual`, {
          token: t.adminA,
          body: props,
        });
        expect(response.status, path).toBe(201);
        // `count` still decides the rows: the mock ignores `limit`, as on the list.
        expect((await response.text()).trim().split('\r\n'), path).toHaveLength(6);
      }
      await ctx.expect400(`${STREAM_EXPORT}?offset=0&paginationMode=pages`, 'paginationMode', {
        token: t.adminA,
        body: props,
      });
    });

    it('serves the deprecated POST /audits/export/csv like the v2 stream, and takes Frontegg’s whole columns', async () => {
      // Frontegg's portal sends the metadata columns themselves as properties, and offset=0 without count.
      const columns = [
        {
          name: 'createdAt',
          displayName: 'Time',
          type: 'Timestamp',
          showInMoreInfo: 'Always',
          chosen: false,
        },
        { name: 'region', displayName: 'Region', isPredefined: false },
      ];
      const response = await get(
        `/audits/export/csv?offset=0&sortBy=createdAt&sortDirection=desc&outputFileName=audits.csv`,
        {
          token: t.adminA,
          body: { properties: columns },
        },
      );
      expect(response.status).toBe(201);
      const rows = (await response.text()).trim().split('\r\n');
      expect(rows[0]).toBe('Time,Region');
      expect(rows).toHaveLength(TEST_SIZE + 1);
      expect(rows[1]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z,eu-west-1$/);
    });

    // `curl -d '{"properties":…}'` sends a form type: it streamed a CSV (201), though a JSON body parser leaves it
    // unread and the document takes application/json only.
    it('refuses an export body not sent as application/json with a 400 naming content-type', async () => {
      const body = JSON.stringify(props);
      for (const path of [
        `${PAGED_EXPORT}?count=5&offset=0`,
        `${STREAM_EXPORT}?offset=0`,
        '/audits/export/csv?offset=0',
      ])
        for (const type of NOT_JSON_TYPES) {
          const response = await postTyped(target().base, path, t.adminA, body, type);
          expect(response.status, `${path} ${type}`).toBe(400);
          expect((await errorsOf(response)).join(' ')).toContain('content-type');
        }
      const typed = await postTyped(
        target().base,
        `${STREAM_EXPORT}?offset=0&count=1`,
        t.adminA,
        body,
        'application/json; charset=utf-8',
      );
      expect(typed.status).toBe(201);
      expect((await typed.text()).split('\r\n')[0]).toBe('Time,Action');
    });

    it('checks a body tenantId like the header: another tenant is a 403', async () => {
      const body = { ...props, tenantId: 'tenant-globex' };
      expect((await get(`${STREAM_EXPORT}?offset=0`, { token: t.adminA, body })).status).toBe(403);
      expect((await get(`${STREAM_EXPORT}?offset=0`, { token: t.env, tenant: ACME, body })).status).toBe(403);
      const own = await get(`${STREAM_EXPORT}?offset=0&count=1`, {
        token: t.adminA,
        body: { ...props, tenantId: ACME },
      });
      expect(own.status).toBe(201);
    });

    it('exports any property name (Frontegg types `name` as any string), reading only the event’s own fields', async () => {
      // Evidence: @frontegg/rest-api 7.119.0 `HeaderProps.name: string`, sent whole from the vendor's metadata
      // (custom columns of any name). Unknown names are empty cells; prototype names never reach the prototype.
      const created = await get('/audits', {
        token: t.adminA,
        // Raw text: an object literal would turn `__proto__` into a prototype instead of a key.
        body: '{"severity":"Info","action":"names-probe","constructor":"c1","__proto__":{"p":1},"noSuchField":"n"}',
      });
      expect(created.status).toBe(202);
      const properties = ['noSuchField', '__proto__', 'constructor', 'toString', 'hasOwnProperty'].map(
        (name) => ({
          name,
          displayName: name,
        }),
      );
      // The created event (found by its action), then the newest generated one (offset 1: behind the created one).
      const [own, generated] = await Promise.all(
        ['count=1&offset=0&filter=names-probe', 'count=1&offset=1'].map(async (query) => {
          const response = await get(`${PAGED_EXPORT}?${query}`, { token: t.adminA, body: { properties } });
          expect(response.status).toBe(200);
          return (await response.text()).split('\r\n');
        }),
      );
      expect(own!.slice(0, 2)).toEqual([
        'noSuchField,__proto__,constructor,toString,hasOwnProperty',
        'n,"{""p"":1}",c1,,',
      ]);
      expect(generated!.slice(0, 2)).toEqual([
        'noSuchField,__proto__,constructor,toString,hasOwnProperty',
        ',,,,',
      ]);
    });

    it('rejects bad export bodies and queries', async () => {
      const post = (body: unknown, path = `${PAGED_EXPORT}?count=5&offset=0`) =>
        get(path, { token: t.adminA, body });
      const check = async (body: unknown, status: number, text: string) => {
        const response = await post(body);
        expect(response.status).toBe(status);
        expect((await errorsOf(response)).join(' ')).toContain(text);
      };
      await check({ properties: [] }, 400, 'properties');
      await check({}, 400, 'properties');
      await check(
        { properties: Array.from({ length: 101 }, () => ({ name: 'action', displayName: 'A' })) },
        400,
        'properties',
      );
      await check({ properties: [{ name: '', displayName: 'P' }] }, 400, 'body.properties.0.name');
      await check({ properties: [{ displayName: 'P' }] }, 400, 'name');
      await check({ properties: [{ name: 'action', displayName: 7 }] }, 400, 'body.properties.0.displayName');
      // Events carry vendor fields of any name: an export may name one (cells are empty where an event lacks it).
      const vendor = await post({
        properties: [
          { name: 'ticketNumber', displayName: 'Ticket' },
          { name: '__proto__', displayName: 'P' },
        ],
      });
      expect(vendor.status).toBe(200);
      expect((await vendor.text()).split('\r\n').slice(0, 2)).toEqual(['Ticket,P', ',']);
      await check('{not json', 400, 'JSON');
      await check({ properties: [{ name: 'action', displayName: 'x'.repeat(70_000) }] }, 413, 'body');
      const noCount = await post(props, `${PAGED_EXPORT}?offset=0`);
      expect(noCount.status).toBe(400);
      expect((await errorsOf(noCount)).join(' ')).toContain('count');
    });
  });
}
