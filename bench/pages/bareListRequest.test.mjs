// `node --test` (bench/package.json's `test`): the bare-table reference must send what <AuditLog> sends, to an
// endpoint that really filters, or its filter changes time the same rows again (issue 13's review: it once sent
// `severity` to the v2 list, which has no such parameter and ignored it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { benchNow, benchSeed } from '../lib/benchDataset.mjs';
import { distFile } from '../lib/workspacePackages.mjs';
import { bareListRequest } from './bareListRequest.js';

const headless = await import(pathToFileURL(distFile('headless', 'core.js')).href);
const mock = await import(pathToFileURL(distFile('mock-api', 'node.js')).href);

/** Selections in the order the rendering benchmark ticks them (values in the order they were ticked). */
const selections = [
  [],
  ['Info'],
  ['Info', 'Medium'],
  ['Medium'],
  ['Medium', 'High', 'Info'],
  ['High', 'Critical'],
];

test('the bare table asks for a selection exactly as the client plans it', () => {
  for (const selected of selections) {
    const plan = headless.planAuditRequest({
      count: 200,
      offset: 0,
      sortBy: 'createdAt',
      sortDirection: 'desc',
      filters: selected.length > 0 ? { severity: selected } : {},
    });
    assert.equal(bareListRequest(selected, 200), `${plan.path}?${plan.search}`, `selection ${selected}`);
  }
});

test('the strict mock answers the bare table’s request with only the severities selected', async () => {
  const api = mock.createMockAuditApi({ seed: benchSeed, now: benchNow, strict: true });
  const token = await mock.demoToken(mock.demoIdentities.tenantAAdmin);
  for (const selected of selections.slice(1)) {
    const response = await api.handle(
      new Request(`http://127.0.0.1${bareListRequest(selected, 200)}`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    assert.equal(response.status, 200, `selection ${selected}: ${await response.clone().text()}`);
    assert.equal(response.headers.get('x-mock-ignored-parameters'), null);
    const { data } = await response.json();
    assert.ok(data.length > 0, `selection ${selected}: no rows`);
    assert.ok(
      data.every((/** @type {{ severity: string }} */ event) => selected.includes(event.severity)),
      `selection ${selected}: a row of another severity`,
    );
  }
});
