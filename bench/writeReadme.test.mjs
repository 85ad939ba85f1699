// `node --test`: the README's table says, group by group, when and at what commit its figures were measured
// (issue 13's review: `--only` carried other groups forward under one date and commit).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figuresTable } from './writeReadme.mjs';

const machine = {
  cores: 2,
  cpu: 'cpu',
  memoryGiB: 8,
  node: 'v20',
  chromium: 'Chromium',
  loadAverageAtStart: [1],
};
const figure = (/** @type {string} */ group) => ({
  id: `${group}.x`,
  group,
  label: `${group} x`,
  value: 1,
  unit: 'ms',
  status: /** @type {const} */ ('info'),
});

test('a group measured at another commit is flagged with its own date and commit', () => {
  const table = figuresTable({
    date: '2026-12-08T10:00:00.000Z',
    commit: 'aaaaaaa1111',
    packagesDirty: false,
    runs: 3,
    machine: { ...machine, loadAverageAtEnd: [1] },
    groups: {
      rendering: {
        date: '2026-12-08T10:05:00.000Z',
        commit: 'aaaaaaa1111',
        packagesDirty: false,
        runs: 3,
        loadAverage: { start: 0.5, end: 1.5 },
      },
      export: { date: '2026-12-04T21:01:00.000Z', commit: 'bbbbbbb2222', packagesDirty: false, runs: 5 },
    },
    figures: [figure('rendering'), figure('export')],
  });
  const rows = table.split('\n');
  const rendering = rows.find((row) => row.startsWith('| **rendering**')) ?? '';
  const exported = rows.find((row) => row.startsWith('| **export**')) ?? '';
  assert.match(rendering, /2026-12-08 10:05 UTC at `aaaaaaa`, 3 runs, load average 0.5 at start, 1.5 at end/);
  assert.doesNotMatch(rendering, /another commit/);
  assert.match(
    exported,
    /measured at another commit than this run: 2026-12-04 21:01 UTC at `bbbbbbb`, 5 runs/,
  );
});
