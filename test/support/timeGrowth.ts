// How a piece of work grows with its input, for the guards against quadratic blow-up (a pasted search, a cell of
// 200,000 digits). A bound in milliseconds failed CI once on a loaded machine (550 ms against 500) while proving
// nothing about growth; a ratio of two sizes timed in the same moment does not care how busy the machine is, as
// load slows both sides alike. Speed itself is measured in bench/, not here.

/**
 * The time `run` takes on `inputOf(size * 4)` over the time it takes on `inputOf(size)`: near 4 for linear work,
 * near 16 for quadratic. Inputs are made before any timing. Rounds alternate small and large, and each side keeps
 * its best round, so one pause (a collection, another process) on one side does not decide the ratio.
 *
 * Choose `size` so that the small run takes a millisecond or more (below that, fixed costs and caches blur the
 * ratio) and linear work stays well under a second: a first run over two seconds is answered with `Infinity` at
 * once, since timing the rest of the rounds of quadratic work would take minutes.
 */
export function timeGrowth<T>(
  inputOf: (size: number) => T,
  run: (input: T) => void,
  size: number,
  rounds = 5,
) {
  const small = inputOf(size);
  const large = inputOf(size * 4);
  if (timed(() => run(small)) > 2_000) return Infinity; // the first run also compiles; it is not kept
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let round = 0; round < rounds; round++) {
    smallBest = Math.min(
      smallBest,
      timed(() => run(small)),
    );
    largeBest = Math.min(
      largeBest,
      timed(() => run(large)),
    );
  }
  return largeBest / Math.max(smallBest, 0.01);
}

/**
 * The most `timeGrowth` may give for work to count as linear: well over linear's 4 (a collection, caches that no
 * longer fit), well under quadratic's 16.
 */
export const linearGrowthLimit = 9;

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
