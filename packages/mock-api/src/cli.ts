#!/usr/bin/env node
// The standalone mock audits API: `npm run mock-api` at the repository root, or `auditkit-mock-api`.
import { createMockAuditApi } from './handlers/createMockAuditApi.ts';
import { resolveNow } from './dataset/createDataset.ts';
import { DEMO_VENDOR_ID, demoTenants } from './dataset/demoTenants.ts';
import { MAX_SEEDED_TENANTS } from './dataset/seededTenants.ts';
import { demoIdentities, demoToken } from './auth/demoIdentities.ts';
import { createDemoToken, READ_AUDITS, WRITE_AUDITS } from './auth/createDemoToken.ts';
import type { DemoTenant } from './dataset/types.ts';
import { startStandaloneServer } from './server/startStandaloneServer.ts';

/** An integer setting from the environment; unset or blank means the default, anything else must parse. */
function envInteger(name: string, min: number, max: number): number | undefined {
  const raw = process.env[name]?.trim();
  if (!raw) return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`[auditkit mock-api] ${name} must be an integer from ${min} to ${max}, got ${raw}`);
    process.exit(1);
  }
  return value;
}

/** A yes/no setting: a `--name` flag, or the environment variable set to 1 or true. */
function flag(name: string, envName: string): boolean {
  if (process.argv.slice(2).includes(`--${name}`)) return true;
  const raw = process.env[envName]?.trim().toLowerCase();
  return raw === '1' || raw === 'true';
}

const usage = `Usage: auditkit-mock-api [flags]   (the standalone mock of Frontegg's audits API)

Flags, each with its environment variable:
  --strict               refuse parameters the OpenAPI document does not list (STRICT=1)
  --fidelity=frontegg    the default and only mode (FIDELITY)
  --tenants=ID,ID,…      the tenants events are seeded for, comma-separated, at most ${MAX_SEEDED_TENANTS} (TENANTS),
                         in printable ASCII (sent in a header); by default ${demoTenants.map((t) => t.tenantId).join(',')}
  --control-routes       run-time controls /__mock/scenario and /__mock/reset, for tests and the demo (CONTROL_ROUTES=1)
  --control-token=…      a secret the controls then require in x-mock-control-token, from any address
                         (CONTROL_TOKEN, which other users of the machine cannot read from the process list)
  --help                 print this and exit

Environment only: PORT (4010; 0 picks a free one), HOST (127.0.0.1), EVENTS_PER_TENANT, SEED,
NOW (the newest event time, a date-time; without a zone, UTC). A blank variable means the default.`;

if (process.argv.slice(2).includes('--help')) {
  console.log(usage);
  process.exit(0);
}

const known = new Set(['--control-routes', '--strict', '--fidelity=frontegg']);
const unknownArgs = process.argv
  .slice(2)
  .filter((arg) => !known.has(arg) && !arg.startsWith('--control-token=') && !arg.startsWith('--tenants='));
if (unknownArgs.length > 0) {
  console.error(`[auditkit mock-api] unknown argument ${unknownArgs.join(' ')}\n\n${usage}`);
  process.exit(1);
}

/**
 * The `tenants` option from `--tenants=a,b` or `TENANTS` (the flag wins; a blank TENANTS means the default): ids
 * separated by commas, spaces around each ignored. Anything else stops the CLI with a message naming the setting.
 */
function tenantsSetting(): string[] | undefined {
  const flagValue = process.argv.findLast((arg) => arg.startsWith('--tenants='))?.slice('--tenants='.length);
  const raw = flagValue ?? (process.env.TENANTS?.trim() || undefined);
  if (raw === undefined) return undefined;
  const name = flagValue !== undefined ? '--tenants' : 'TENANTS';
  const refuse = (why: string) => {
    console.error(
      `[auditkit mock-api] ${name} must be tenant ids separated by commas (${name}=tenant-acme,tenant-from-my-app): ${why}`,
    );
    process.exit(1);
  };
  if (raw.trim() === '') refuse('it is empty (leave it out for the default tenants)');
  const ids = raw.split(',').map((id) => id.trim());
  const empty = ids.indexOf('');
  if (empty >= 0) refuse(`id ${empty + 1} of ${ids.length} is empty in ${JSON.stringify(raw)}`);
  if (ids.length > MAX_SEEDED_TENANTS) refuse(`at most ${MAX_SEEDED_TENANTS}, got ${ids.length}`);
  // An id travels in the frontegg-tenant-id header (the banner's curl commands send it there). Node reads header
  // bytes as Latin-1, so a non-ASCII id sent as UTF-8 arrives as another tenant (and fetch refuses most outright),
  // and answers a control character with a 400; a tab would pass, but in an id it is a paste slip, so it goes too.
  // A token carries any text: the header is the narrower way.
  for (const [index, id] of ids.entries()) {
    const bad = /[^\x20-\x7e]/u.exec(id)?.[0];
    if (bad === undefined) continue;
    const code = `U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    // Control and format characters escaped, so the message shows the id rather than acting on the terminal.
    const shown = id.replace(/[\p{C}\p{Zl}\p{Zp}]/gu, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
    refuse(
      `id ${index + 1} of ${ids.length} ("${shown}") has ${code}; an id is sent in the frontegg-tenant-id header, ` +
        'so it must be printable ASCII: letters, digits, spaces and punctuation other than the comma',
    );
  }
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice !== undefined) refuse(`${twice} is listed twice`);
  return ids;
}

/** The seeded tenant ids for the banner: the first ten, then how many more (up to 1,000 may be seeded). */
function seededList(ids: string[]): string {
  if (ids.length === 0) return 'none';
  return ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more`;
}

/** The tokens the banner prints and its examples send, with the lines that present them. */
interface BannerTokens {
  admin: string;
  viewer: string;
  heading: string;
  lines: string[];
  listWho: string;
}

/** A token for `tenant`'s first user, who may read and write its audits. */
function adminToken({ tenantId, users }: DemoTenant): Promise<string> {
  const { userId, name, email } = users[0]!;
  return createDemoToken({
    kind: 'user',
    tenantId,
    userId,
    name,
    email,
    permissions: [READ_AUDITS, WRITE_AUDITS],
  });
}

/**
 * The banner's tokens for the tenant its examples read: Acme's demo identities while Acme is seeded (test/consumers
 * read ADMIN_A), else tokens minted for the tenant's first user (an admin) and last (a viewer without permissions).
 * A user token reads only its own tenant, so Acme's tokens listed nothing once `--tenants` left Acme out, and
 * seeding looked broken. ADMIN_B is for `other`, another seeded tenant (Globex by default), and only when there is
 * one: a token for Globex while Globex was not seeded listed nothing too.
 */
async function bannerTokens(
  tenant: DemoTenant,
  other: DemoTenant | undefined,
  env: string,
): Promise<BannerTokens> {
  const validity = 'valid 24 h, HS256 with the documented demo secret';
  if (tenant.tenantId === demoIdentities.tenantAAdmin.tenantId) {
    const admin = await demoToken(demoIdentities.tenantAAdmin);
    const viewer = await demoToken(demoIdentities.tenantAViewer);
    const adminB = other && (await adminToken(other));
    return {
      admin,
      viewer,
      heading: `Demo tokens for ${tenant.tenantId} (A)${other ? ` and ${other.tenantId} (B)` : ''}, ${validity}:`,
      lines: [
        `ADMIN_A=${admin}`,
        `VIEWER_A=${viewer}`,
        ...(adminB ? [`ADMIN_B=${adminB}`] : []),
        `ENV=${env}`,
      ],
      listWho: 'Acme (tenant A admin)',
    };
  }
  const { tenantId, users } = tenant;
  const { userId, name, email } = users.at(-1)!;
  const admin = await adminToken(tenant);
  const viewer = await createDemoToken({ kind: 'user', tenantId, userId, name, email, permissions: [] });
  return {
    admin,
    viewer,
    heading: `Demo tokens for ${tenantId}, the first tenant with events (${demoIdentities.tenantAAdmin.tenantId} has none here; ${validity}):`,
    lines: [`ADMIN=${admin}`, `VIEWER=${viewer}`, `ENV=${env}`],
    listWho: `${tenantId} (its admin, ${users[0]!.userId})`,
  };
}

const port = envInteger('PORT', 0, 65_535) ?? 4010;
const controlRoutes = flag('control-routes', 'CONTROL_ROUTES');
// CONTROL_TOKEN rather than the flag where others can list the machine's processes: argv is visible to them.
const controlToken =
  process.argv.findLast((arg) => arg.startsWith('--control-token='))?.slice('--control-token='.length) ??
  (process.env.CONTROL_TOKEN?.trim() || undefined);
const strict = flag('strict', 'STRICT');
const fidelityArg = process.argv.find((arg) => arg.startsWith('--fidelity='))?.slice('--fidelity='.length);
const fidelity = fidelityArg ?? (process.env.FIDELITY?.trim() || undefined);
if (fidelity !== undefined && fidelity !== 'frontegg') {
  console.error(`[auditkit mock-api] FIDELITY must be frontegg (compat was removed), got ${fidelity}`);
  process.exit(1);
}
const tenants = tenantsSetting();
const size = envInteger('EVENTS_PER_TENANT', 0, 1_000_000);
const seed = envInteger('SEED', -(2 ** 31), 2 ** 32 - 1);
// The newest possible event time, so the data (times, and with SEED everything else) is the same on every run,
// as `now` pins it in code. Blank means the default (the current minute).
const now = process.env.NOW?.trim() || undefined;
if (now !== undefined) {
  try {
    // Read as the dataset reads it, without building one only to check it.
    resolveNow(now);
  } catch {
    console.error(
      `[auditkit mock-api] NOW must be a date-time such as 2026-01-01T00:00:00Z (without a zone: UTC), got ${now}`,
    );
    process.exit(1);
  }
}

let server;
try {
  const api = createMockAuditApi({
    ...(size !== undefined && { eventsPerTenant: size }),
    ...(seed !== undefined && { seed }),
    ...(now !== undefined && { now }),
    ...(tenants !== undefined && { tenants }),
    ...(fidelity !== undefined && { fidelity }),
    strict,
  });
  server = await startStandaloneServer({
    port,
    api,
    // Trimmed, and blank means the default like every other setting: `HOST=` passed '' through, which Node
    // reads as every interface, and the server's origin became `http://:PORT`, so every request was a 400.
    host: process.env.HOST?.trim() || '127.0.0.1',
    controlRoutes,
    ...(controlToken !== undefined && { controlToken }),
  });
} catch (error) {
  console.error(
    `[auditkit mock-api] could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

const base = server.url;
const seeded = server.api.dataset.tenants;
const acme = demoIdentities.tenantAAdmin.tenantId;
const env = await demoToken(demoIdentities.environment);
const example = seeded.find((t) => t.tenantId === acme) ?? seeded[0] ?? demoTenants[0]!;
const tenant = example.tenantId;
const other = seeded.find((t) => t.tenantId !== tenant);
const { admin, viewer, heading, lines, listWho } = await bannerTokens(example, other, env);
// The id sits inside the curl commands' single quotes, where a quote of its own would end them.
const quotedTenant = tenant.replaceAll("'", `'\\''`);
const streamQuery = new URLSearchParams({
  vendorId: DEMO_VENDOR_ID,
  tenantId: tenant,
  offset: '0',
  count: '0',
});

console.log(`
auditkit mock audits API on ${base}  (Ctrl+C to stop; PORT, EVENTS_PER_TENANT, SEED, NOW, TENANTS to change; --help)
Mode: ${strict ? 'strict (a parameter the OpenAPI document does not list is a 400)' : 'lenient (unlisted parameters are ignored; --strict refuses them)'}, fidelity ${server.api.fidelity}.
Tenants with events: ${seededList(seeded.map((t) => t.tenantId))}.

${heading}
${lines.map((line) => `  ${line}`).join('\n')}

List the newest event of ${listWho}:
curl -i -X GET '${base}/audits/resources/audits/v2?count=1&offset=0' -H 'Authorization: Bearer ${admin}'

Export one page as CSV:
curl -i -X POST '${base}/audits/resources/audits/v2/export/csv?count=1&offset=0' \\
  -H 'Authorization: Bearer ${admin}' -H 'Content-Type: application/json' -H 'frontegg-tenant-id: ${quotedTenant}' \\
  -d '{"properties":[{"displayName":"Time","name":"createdAt"}]}'

Export every event as one stream (environment token):
curl -i -X POST '${base}/audits/export/csv/v2?${streamQuery}' \\
  -H 'Authorization: Bearer ${env}' -H 'Content-Type: application/json' -H 'frontegg-tenant-id: ${quotedTenant}' \\
  -d '{"properties":[{"displayName":"Action","name":"action"}]}'

A viewer without fe.secure.read.audits gets 403:
curl -i '${base}/audits/resources/audits/v2?count=1&offset=0' -H 'Authorization: Bearer ${viewer}'

${
  controlRoutes && controlToken !== undefined
    ? // The token is not printed: this banner may end up in a CI log.
      `Switch a scenario at run time, then reset (control routes on: callers with the control token, same-origin only, latency at most 30 s):
curl -i -X PUT '${base}/__mock/scenario' -H 'x-mock-control-token: <the control token>' -H 'Content-Type: application/json' -d '{"status":{"list":503},"latencyMs":300}'
curl -i -X POST '${base}/__mock/reset' -H 'x-mock-control-token: <the control token>'`
    : controlRoutes
      ? `Switch a scenario at run time, then reset (control routes on: callers on this machine only, same-origin only, latency at most 30 s; --control-token or CONTROL_TOKEN to allow others):
curl -i -X PUT '${base}/__mock/scenario' -H 'Content-Type: application/json' -d '{"status":{"list":503},"latencyMs":300}'
curl -i -X POST '${base}/__mock/reset'`
      : 'Run-time controls (/__mock/scenario, /__mock/reset) are off; start with --control-routes (or CONTROL_ROUTES=1) for tests and the demo.'
}
`);

const shutdown = (signal: string) => {
  console.log(`\n${signal}: closing the mock server`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
