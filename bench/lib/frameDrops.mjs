// Dropped frames in a scroll, which a p95 cannot see: rAF deltas come in whole frames (16.7 ms at 60 Hz), so one
// frame dropped at each of the 50 page appends of a 10k-row scroll is ~3% of ~1,500 frames and leaves the p95 at
// one frame. Counted against the median frame of the empty page scrolled in the same run: a delta over 1.5 of
// those is a frame that was not painted on time.

/** A frame longer than this many of the reference's median frames is a dropped frame. */
export const LONG_FRAME_FACTOR = 1.5;

/**
 * @typedef {{ onTime: number, oneDropped: number, twoDropped: number, moreDropped: number }} FrameHistogram
 *   frames by length in reference frames: ≤ 1.5, 1.5–2.5 (one frame dropped), 2.5–3.5 (two), over 3.5
 */

/**
 * @param {readonly number[]} frames rAF deltas, ms
 * @param {number} referenceFrame the empty page's median rAF delta in the same run, ms
 * @returns {{ long: number, limit: number, histogram: FrameHistogram }} `long`: frames over `limit` ms
 * @example
 * frameDrops([16.7, 16.6, 33.4, 50.1], 16.7); // { long: 2, limit: 25.05, histogram: { onTime: 2, oneDropped: 1, twoDropped: 1, moreDropped: 0 } }
 */
export function frameDrops(frames, referenceFrame) {
  if (!(referenceFrame > 0))
    throw new RangeError(`the reference frame must be > 0 ms, got ${referenceFrame}`);
  const limit = LONG_FRAME_FACTOR * referenceFrame;
  const histogram = { onTime: 0, oneDropped: 0, twoDropped: 0, moreDropped: 0 };
  for (const frame of frames) {
    const length = frame / referenceFrame;
    if (length <= LONG_FRAME_FACTOR) histogram.onTime++;
    else if (length <= 2.5) histogram.oneDropped++;
    else if (length <= 3.5) histogram.twoDropped++;
    else histogram.moreDropped++;
  }
  return { long: frames.length - histogram.onTime, limit, histogram };
}
