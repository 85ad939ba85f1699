// How a piece of work grows with its input, for the guards against quadratic blow-up (a pasted search, a cell of
// 200,000 digits). A bound in milliseconds failed CI once on a loaded machine (550 ms against 500) while proving
// nothing about growth, so this is a ratio of two sizes. It is the ratio of the process's CPU time, not of wall
// time: with other processes running, a short run can finish inside one time slice while a longer one is
// preempted (a wall-time ratio of 9+ for linear work at a load of 9 on two cores), and CPU time leaves out the
// time spent waiting. Node only (the tests that use it run there). Speed itself is measured in bench/.

/**
 * The time `run` takes on `inputOf(size * 8)` over the time it takes on `inputOf(size)`: near 8 for linear work,
 * near 64 for quadratic (eight times the input, not two or four, so that the two lie far apart and the noise of a
 * collection or a cache cannot bring one near the other). Inputs are made before any timing. Rounds alternate small and large, and each side keeps
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
  const large = inputOf(size * 8);
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
 * The most `timeGrowth` may give for work to count as linear: three times linear's 8 (collections of a larger heap,
 * caches that no longer fit), well under quadratic's 64.
 */
export const linearGrowthLimit = 24;

/** The process's CPU time (user and system) that `run` took, in milliseconds. */
function timed(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}
