import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoToken, READ_AUDITS } from './auth/createDemoToken.ts';
import { demoIdentities, demoToken } from './auth/demoIdentities.ts';
import { createDataset } from './dataset/createDataset.ts';
import { buildNodeEntry } from './test/buildNodeEntry.ts';

// The CLI as a user runs it: built by tsdown (buildNodeEntry), started with `node` on an ephemeral port, its
// printed curl commands replayed.
const execFileAsync = promisify(execFile);
let built: Awaited<ReturnType<typeof buildNodeEntry>> | undefined;
let child: ChildProcess | undefined;
let banner = '';
let cliPath = '';

beforeAll(async () => {
  built = await buildNodeEntry('src/cli.ts');
  cliPath = built.path;
  const started = spawn(process.execPath, [cliPath, '--control-routes'], {
    env: { ...process.env, PORT: '0', EVENTS_PER_TENANT: '200', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = started;
  // The banner is one console.log; wait for its last line rather than for any time to pass.
  banner = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    started.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes("/__mock/reset'")) resolve(out);
    });
    started.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    started.once('exit', (code) => reject(new Error(`the CLI exited with ${code}: ${err}`)));
  });
}, 60_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  await built?.remove();
});

/**
 * Starts the CLI with `args` and `env` (over a port of its own choosing), waits until what it printed holds
 * `printedUntil`, runs `check` with that text, and stops it however `check` ends.
 */
async function withCli(
  args: string[],
  env: Record<string, string>,
  printedUntil: string,
  check: (printed: string) => Promise<void>,
): Promise<void> {
  const run = spawn(process.execPath, [cliPath, ...args], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const printed = await new Promise<string>((resolve, reject) => {
      let out = '';
      run.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        if (out.includes(printedUntil)) resolve(out);
      });
      run.once('exit', (code) => reject(new Error(`the CLI exited with ${code}`)));
    });
    await check(printed);
  } finally {
    if (run.exitCode === null) {
      const exited = new Promise((resolve) => run.once('exit', resolve));
      run.kill('SIGTERM');
      await exited;
    }
  }
}

interface CurlRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** The printed curl commands, each with its continuation lines joined. */
function curlLines(text: string): string[] {
  return text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((line) => line.startsWith('curl '));
}

/** A curl command's words (after `curl`) as fetch arguments (only the flags the CLI prints). */
function curlRequest(words: readonly string[]): CurlRequest {
  const request: CurlRequest = { url: '', method: 'GET', headers: {} };
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (word === '-X') request.method = words[++index]!;
    else if (word === '-H') {
      const [name, ...value] = words[++index]!.split(':');
      request.headers[name!.trim()] = value.join(':').trim();
    } else if (word === '-d') request.body = words[++index]!;
    else if (word !== '-i') request.url = word;
  }
  if (request.body !== undefined && !words.includes('-X')) request.method = 'POST';
  return request;
}

/** The printed curl commands as fetch arguments, their words read by a simple reading of single quotes. */
function curlCommands(text: string): CurlRequest[] {
  return curlLines(text).map((line) =>
    curlRequest([...line.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!).slice(1)),
  );
}

/** The printed curl commands as fetch arguments, their words read by `sh` itself, as a user's shell reads them. */
async function curlCommandsBySh(text: string): Promise<CurlRequest[]> {
  const requests: CurlRequest[] = [];
  for (const line of curlLines(text)) {
    // `curl` is a shell function here that prints its arguments, one a line, instead of sending anything.
    const { stdout } = await execFileAsync('sh', ['-c', `curl() { printf '%s\\n' "$@"; }\n${line}`]);
    requests.push(curlRequest(stdout.split('\n').slice(0, -1)));
  }
  return requests;
}

/** Runs the CLI with `args` and `env` until it exits by itself, with what it wrote to stdout and stderr. */
async function runToExit(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  const run = spawn(process.execPath, [cliPath, ...args], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  run.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  run.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  // A CLI that starts anyway is stopped, not left serving after the test.
  const stop = setTimeout(() => run.kill('SIGTERM'), 10_000);
  const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
  clearTimeout(stop);
  return { code, out, err };
}

/** The `total` of the v2 list on the CLI's server at `base` for a reader of `tenantId`. */
async function totalOf(base: string, tenantId: string): Promise<number> {
  const token = await createDemoToken({
    kind: 'user',
    tenantId,
    userId: 'reader',
    permissions: [READ_AUDITS],
  });
  const answer = await fetch(`${base}/audits/resources/audits/v2?count=1&offset=0`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { total: number }).total;
}

async function replay(request: CurlRequest) {
  const { url, method, headers, body } = request;
  return fetch(url, { method, headers, ...(body !== undefined && { body }) });
}

describe('the auditkit-mock-api CLI', () => {
  it('listens on the port it was given (0: an ephemeral one) and says where', () => {
    const url = /on (http:\/\/127\.0\.0\.1:(\d+))/.exec(banner);
    expect(url).not.toBeNull();
    expect(Number(url![2])).toBeGreaterThan(0);
  });

  it('prints curl commands that work as printed', async () => {
    const commands = curlCommands(banner);
    expect(commands.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      'GET /audits/resources/audits/v2',
      'POST /audits/resources/audits/v2/export/csv',
      'POST /audits/export/csv/v2',
      'GET /audits/resources/audits/v2',
      'PUT /__mock/scenario',
      'POST /__mock/reset',
    ]);
    const [list, page, all, viewer, scenario, reset] = commands as [CurlRequest, ...CurlRequest[]];
    const listed = await replay(list);
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { data: unknown[] }).data).toHaveLength(1);
    const csvPage = await replay(page!);
    expect(csvPage.status).toBe(200);
    expect((await csvPage.text()).split('\r\n')[0]).toBe('Time');
    const csvAll = await replay(all!);
    expect(csvAll.status).toBe(201);
    // Header plus one row per event of the tenant (EVENTS_PER_TENANT), and the final CRLF.
    expect((await csvAll.text()).split('\r\n')).toHaveLength(1 + 200 + 1);
    expect((await replay(viewer!)).status).toBe(403);
    expect((await replay(scenario!)).status).toBe(200);
    expect((await replay(list)).status).toBe(503);
    expect((await replay(reset!)).status).toBe(200);
    expect((await replay(list)).status).toBe(200);
  });

  it('requires CONTROL_TOKEN in x-mock-control-token when started with one, and does not print it', async () => {
    const token = 'cli-control-token-0123456789';
    await withCli(
      ['--control-routes'],
      { EVENTS_PER_TENANT: '10', HOST: '127.0.0.1', CONTROL_TOKEN: token },
      "/__mock/reset'",
      async (printed) => {
        expect(printed).not.toContain(token);
        const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
        const put = (headers: Record<string, string>) =>
          fetch(`${base}/__mock/scenario`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', ...headers },
            body: '{"latencyMs":5}',
          });
        expect((await put({})).status).toBe(403);
        expect((await put({ 'x-mock-control-token': 'not-the-token' })).status).toBe(403);
        expect((await put({ 'x-mock-control-token': token })).status).toBe(200);
      },
    );
  });

  it.each([[''], ['  ']])(
    'takes HOST=%j as the default 127.0.0.1, so its printed commands work (not every interface, every request a 400)',
    async (host) => {
      await withCli([], { EVENTS_PER_TENANT: '10', HOST: host }, 'Run-time controls', async (printed) => {
        expect(printed).toMatch(/on http:\/\/127\.0\.0\.1:\d+ /);
        const [list] = curlCommands(printed);
        expect(new URL(list!.url).hostname).toBe('127.0.0.1');
        expect((await replay(list!)).status).toBe(200);
      });
    },
  );

  it.each([
    ['PORT', 'http'],
    ['EVENTS_PER_TENANT', '-1'],
    ['SEED', '1.5'],
  ])(
    'refuses %s=%s with a message naming the setting, instead of starting on a guess',
    async (name, value) => {
      const run = spawn(process.execPath, [cliPath], {
        env: { ...process.env, PORT: '0', [name]: value },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let err = '';
      run.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
      expect(code).toBe(1);
      expect(err).toContain(`${name} must be an integer`);
    },
  );

  it('pins the data to NOW (a zone-less one read as UTC), as createMockAuditApi({ now }) does in code', async () => {
    const { tenantId } = demoIdentities.tenantAAdmin;
    const expected = createDataset({ now: '2026-01-01T00:00:00Z' }).series(tenantId, 5)!.eventAt(0);
    await withCli(
      [],
      // A zone far from UTC: a zone-less NOW read in local time would move every event.
      { NOW: '2026-01-01T00:00:00', EVENTS_PER_TENANT: '5', HOST: '127.0.0.1', TZ: 'Pacific/Chatham' },
      'for tests and the demo.',
      async (printed) => {
        const [list] = curlCommands(printed);
        const answer = await replay(list!);
        expect(answer.status).toBe(200);
        const { data } = (await answer.json()) as { data: { frontegg_id: string; createdAt: string }[] };
        expect(data[0]).toMatchObject({ frontegg_id: expected.frontegg_id, createdAt: expected.createdAt });
      },
    );
  });

  it('refuses a NOW that is not a date-time with a message naming it, instead of starting', async () => {
    const run = spawn(process.execPath, [cliPath], {
      env: { ...process.env, PORT: '0', NOW: 'yesterday' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    run.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    // A CLI that starts anyway is stopped, not left serving after the test.
    const stop = setTimeout(() => run.kill('SIGTERM'), 10_000);
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    clearTimeout(stop);
    expect(code).toBe(1);
    expect(err).toContain('NOW must be a date-time');
  });

  it('refuses FIDELITY=compat (removed: the real service never behaved that way) instead of starting', async () => {
    const run = spawn(process.execPath, [cliPath], {
      env: { ...process.env, PORT: '0', FIDELITY: 'compat' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    run.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => run.once('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('FIDELITY must be frontegg (compat was removed), got compat');
  });

  it.each([
    ['--tenants', ['--tenants=tenant-acme,tenant-from-my-app'], {}],
    [
      '--tenants over TENANTS',
      ['--tenants= tenant-acme , tenant-from-my-app '],
      { TENANTS: 'tenant-globex' },
    ],
    ['TENANTS', [], { TENANTS: ' tenant-acme,tenant-from-my-app ' }],
  ] as const)('seeds events for the tenants of %s, and for no other', async (_, args, env) => {
    await withCli(
      [...args],
      { EVENTS_PER_TENANT: '5', HOST: '127.0.0.1', ...env },
      'Run-time controls',
      async (printed) => {
        expect(printed).toContain('Tenants with events: tenant-acme, tenant-from-my-app.');
        const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
        expect(await totalOf(base, 'tenant-from-my-app')).toBe(5);
        expect(await totalOf(base, 'tenant-acme')).toBe(5);
        // A demo tenant left out still answers, with no events (as the `tenants` option does in code).
        expect(await totalOf(base, 'tenant-globex')).toBe(0);
      },
    );
  });

  it('seeds the three demo tenants without --tenants or TENANTS (a blank TENANTS too)', async () => {
    await withCli(
      [],
      { EVENTS_PER_TENANT: '5', HOST: '127.0.0.1', TENANTS: ' ' },
      'Run-time controls',
      async (printed) => {
        expect(printed).toContain('Tenants with events: tenant-acme, tenant-globex, tenant-initech.');
        const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
        const admin = await demoToken(demoIdentities.tenantBAdmin);
        const answer = await fetch(`${base}/audits/resources/audits/v2?count=1&offset=0`, {
          headers: { authorization: `Bearer ${admin}` },
        });
        expect(((await answer.json()) as { total: number }).total).toBe(5);
      },
    );
  });

  it.each([
    ['--tenants=t-x', ['--tenants=t-x,t-y'], {}, 't-x'],
    ['TENANTS, a demo tenant first', [], { TENANTS: 'tenant-globex,t-x' }, 'tenant-globex'],
  ] as const)(
    'prints tokens and curl commands that read the first seeded tenant when %s leaves Acme out',
    async (_, args, env, first) => {
      await withCli(
        [...args],
        { EVENTS_PER_TENANT: '7', HOST: '127.0.0.1', ...env },
        'Run-time controls',
        async (printed) => {
          const [list, page, all, viewer] = curlCommands(printed) as [CurlRequest, ...CurlRequest[]];
          const listed = await replay(list);
          expect(listed.status).toBe(200);
          const { data, total } = (await listed.json()) as { data: { tenantId: string }[]; total: number };
          expect(total).toBe(7);
          expect(data.map((event) => event.tenantId)).toEqual([first]);
          const csvPage = await replay(page!);
          expect(csvPage.status).toBe(200);
          expect((await csvPage.text()).split('\r\n')).toHaveLength(1 + 1 + 1);
          const csvAll = await replay(all!);
          expect(csvAll.status).toBe(201);
          expect((await csvAll.text()).split('\r\n')).toHaveLength(1 + 7 + 1);
          expect((await replay(viewer!)).status).toBe(403);
          // The printed ADMIN token reads the same tenant without a header, as a host app would send it.
          const token = /^ {2}ADMIN=(\S+)$/m.exec(printed)![1]!;
          const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
          const answer = await fetch(`${base}/audits/resources/audits/v2?count=10&offset=0`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const read = (await answer.json()) as { data: { tenantId: string }[] };
          expect(new Set(read.data.map((event) => event.tenantId))).toEqual(new Set([first]));
          expect(printed).toContain(`Demo tokens for ${first}, the first tenant with events`);
        },
      );
    },
  );

  it.each([
    ['the demo tenants', [], 'tenant-globex'],
    ['--tenants=t-x,tenant-acme', ['--tenants=t-x,tenant-acme'], 't-x'],
    ['--tenants=tenant-acme', ['--tenants=tenant-acme'], undefined],
  ] as const)(
    'prints ADMIN_B only for a second seeded tenant, reading that tenant (%s)',
    async (_, args, second) => {
      await withCli(
        [...args],
        { EVENTS_PER_TENANT: '4', HOST: '127.0.0.1' },
        'Run-time controls',
        async (printed) => {
          const tokens = new Map([...printed.matchAll(/^ {2}([A-Z_]+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
          expect([...tokens.keys()]).toEqual(['ADMIN_A', 'VIEWER_A', ...(second ? ['ADMIN_B'] : []), 'ENV']);
          const base = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(printed)![1]!;
          const readers = { ADMIN_A: 'tenant-acme', ...(second && { ADMIN_B: second }) };
          for (const [name, tenantId] of Object.entries(readers)) {
            const answer = await fetch(`${base}/audits/resources/audits/v2?count=10&offset=0`, {
              headers: { authorization: `Bearer ${tokens.get(name)}` },
            });
            const { data, total } = (await answer.json()) as { data: { tenantId: string }[]; total: number };
            expect(total, name).toBe(4);
            expect(new Set(data.map((event) => event.tenantId)), name).toEqual(new Set([tenantId]));
          }
          expect(printed).toContain(
            `Demo tokens for tenant-acme (A)${second ? ` and ${second} (B)` : ''}, valid 24 h`,
          );
        },
      );
    },
  );

  it('quotes a tenant id with a quote in it so that a shell passes it to curl whole', async () => {
    const tenantId = "o'brien & co";
    await withCli(
      [`--tenants=${tenantId}`],
      { EVENTS_PER_TENANT: '3', HOST: '127.0.0.1' },
      'Run-time controls',
      async (printed) => {
        const [, page, all] = (await curlCommandsBySh(printed)) as [CurlRequest, ...CurlRequest[]];
        expect(page!.headers['frontegg-tenant-id']).toBe(tenantId);
        expect(new URL(all!.url).searchParams.get('tenantId')).toBe(tenantId);
        const csvAll = await replay(all!);
        expect(csvAll.status).toBe(201);
        expect((await csvAll.text()).split('\r\n')).toHaveLength(1 + 3 + 1);
      },
    );
  });

  const tooMany = Array.from({ length: 1001 }, (_, i) => `t${i}`).join(',');
  it.each([
    [
      'an empty --tenants',
      ['--tenants='],
      {},
      '--tenants must be tenant ids separated by commas',
      'it is empty',
    ],
    [
      'an empty id',
      ['--tenants=tenant-acme,,tenant-b'],
      {},
      '--tenants must be tenant ids',
      'id 2 of 3 is empty',
    ],
    [
      'an id twice',
      ['--tenants=tenant-acme, tenant-acme'],
      {},
      '--tenants must be',
      'tenant-acme is listed twice',
    ],
    ['1001 ids', [`--tenants=${tooMany}`], {}, '--tenants must be', 'at most 1000, got 1001'],
    [
      'TENANTS with an empty id',
      [],
      { TENANTS: 'tenant-acme,' },
      'TENANTS must be tenant ids',
      'id 2 of 2 is empty',
    ],
  ] as const)(
    'refuses %s with a message naming the setting, instead of starting',
    async (_, args, env, named, why) => {
      const { code, err } = await runToExit([...args], env);
      expect(code).toBe(1);
      expect(err).toContain(named);
      expect(err).toContain(why);
    },
  );

  it.each([
    [
      'a non-ASCII letter',
      ['--tenants=tenant-acme,café'],
      {},
      '--tenants must be',
      'id 2 of 2 ("café") has U+00E9',
    ],
    [
      'a character beyond Latin-1',
      [],
      { TENANTS: '租户' },
      'TENANTS must be',
      'id 1 of 1 ("租户") has U+79DF',
    ],
    [
      'a control character',
      ['--tenants=t\x1bx'],
      {},
      '--tenants must be',
      'id 1 of 1 ("t\\u{1b}x") has U+001B',
    ],
    [
      'a tab',
      [],
      { TENANTS: 'a,tenant\tacme' },
      'TENANTS must be',
      'id 2 of 2 ("tenant\\u{9}acme") has U+0009',
    ],
  ] as const)(
    'refuses a tenant id with %s (sent in the frontegg-tenant-id header), saying what it takes, instead of serving',
    async (_, args, env, named, why) => {
      const { code, out, err } = await runToExit([...args], env);
      expect(code).toBe(1);
      expect(err).toContain(named);
      expect(err).toContain(why);
      expect(err).toContain(
        'it must be printable ASCII: letters, digits, spaces and punctuation other than the comma',
      );
      expect(out).not.toContain('auditkit mock audits API on');
    },
  );

  it('lists every flag and setting with --help, --tenants included, and exits without serving', async () => {
    const { code, out } = await runToExit(['--help'], {});
    expect(code).toBe(0);
    for (const name of [
      '--strict',
      '--fidelity=frontegg',
      '--tenants=',
      'TENANTS',
      '--control-routes',
      '--control-token=',
      'PORT',
      'NOW',
    ])
      expect(out, name).toContain(name);
    expect(out).not.toContain('Demo tokens');
  });

  it('refuses an unknown argument with the list of flags', async () => {
    const { code, err } = await runToExit(['--tenants'], {});
    expect(code).toBe(1);
    expect(err).toContain('unknown argument --tenants');
    expect(err).toContain('--tenants=ID,ID');
  });
});
