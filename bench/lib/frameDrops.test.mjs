// `node --test`: the deep-scroll figure that a p95 cannot give (issue 13's review: one dropped frame per page
// append hides under a quantised p95).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { percentile } from './figures.mjs';
import { frameDrops } from './frameDrops.mjs';

test('one dropped frame at each of 50 page appends is counted though the p95 stays at one frame', () => {
  const frames = Array.from({ length: 1500 }, (_, i) => (i % 30 === 29 ? 33.4 : 16.7));
  assert.equal(percentile(frames, 95), 16.7);
  const { long, histogram } = frameDrops(frames, 16.7);
  assert.equal(long, 50);
  assert.deepEqual(histogram, { onTime: 1450, oneDropped: 50, twoDropped: 0, moreDropped: 0 });
});

test('frames are sorted by how many were dropped, against the reference frame', () => {
  const { long, limit, histogram } = frameDrops([16.6, 16.8, 25, 25.1, 41.7, 50.1, 58.5, 100], 16.7);
  assert.equal(limit, 1.5 * 16.7);
  assert.equal(long, 5);
  assert.deepEqual(histogram, { onTime: 3, oneDropped: 2, twoDropped: 1, moreDropped: 2 });
});

test('a reference that is not a frame is refused', () => {
  assert.throws(() => frameDrops([16.7], Number.NaN), RangeError);
  assert.throws(() => frameDrops([16.7], 0), RangeError);
});
