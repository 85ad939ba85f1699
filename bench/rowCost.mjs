// What a page of rows costs the browser, from the DOM going in to the frame that shows it and back out, and what
// one rule of the stylesheet adds to it: not a benchmark (no figure in the table), a measurement behind
// bench/README.md's account of the rows' time. It answers "is this rule worth its cost?" more finely than the
// rendering benchmark can on a shared machine, because React and the network are not in it.
//
//   cd bench && node rowCost.mjs
//
// On the rendering benchmark's page (200 rows, minified build), the table's 200 event bodies are taken out and,
// again and again, a copy of them goes in (style and layout forced), a frame is painted (timed from the frame's
// start to a task posted from it), the copy is taken out, and another frame is painted. Each variant is a
// stylesheet added after the shipped one; the variants take turns, 40 rounds. Printed: each variant's medians,
// and the median of its differences from the first variant in the same round.
import { openPage } from './lib/openBenchPage.mjs';
import { openRenderingSite } from './lib/renderingSite.mjs';

/** Rules added for each variant: the shipped sheet alone, and the cells clipped as they were until 5 December. */
const variants = {
  'the stylesheet as shipped (cells `overflow: clip`)': '',
  'cells and cut text `overflow: hidden` (before)':
    '.auditkit .auditkit-table-row td, .auditkit .auditkit-text { overflow: hidden !important }',
};

/** Rounds: each variant once a round, in turns. */
const rounds = 40;

const site = await openRenderingSite({ minify: true });
try {
  const page = await openPage(site.browser, site.url('pages', 200));
  await page.locator('tr[data-slot="audit-table-row"]').nth(199).waitFor({ timeout: 30_000 });
  const results = await page.evaluate(
    async ({ variants, rounds }) => {
      const table = /** @type {HTMLTableElement} */ (document.querySelector('[data-slot="audit-table"]'));
      const bodies = [...table.tBodies];
      const html = bodies.map((body) => body.outerHTML).join('');
      for (const body of bodies) body.remove();
      /** The time from a frame's start until it is painted (a task posted from its animation frame). */
      const frame = () =>
        new Promise((resolve) =>
          requestAnimationFrame(() => {
            const start = performance.now();
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - start);
            channel.port2.postMessage(null);
          }),
        );
      const extra = document.head.appendChild(document.createElement('style'));
      /** @type {Record<string, number[][]>} */
      const times = {};
      await frame();
      for (let round = 0; round < rounds; round++) {
        for (const [label, css] of Object.entries(variants)) {
          extra.textContent = css;
          await frame();
          const template = document.createElement('template');
          template.innerHTML = `<table>${html}</table>`;
          const copy = [.../** @type {HTMLTableElement} */ (template.content.firstChild).tBodies];
          const start = performance.now();
          table.append(...copy);
          void table.offsetHeight;
          const inserted = performance.now() - start;
          const painted = await frame();
          const removing = performance.now();
          for (const body of copy) body.remove();
          const removed = performance.now() - removing;
          const paintedEmpty = await frame();
          (times[label] ??= []).push([inserted, painted, removed, paintedEmpty]);
        }
      }
      const median = (/** @type {number[]} */ values) =>
        values.sort((a, b) => a - b)[values.length >> 1] ?? NaN;
      // Each variant against the first in the same round, then the median of those differences: the machine's
      // speed drifts between rounds far more than one rule's cost, and a round's two variants share its speed.
      const [first = []] = Object.values(times);
      return Object.entries(times).map(([label, runs], v) => ({
        label,
        medians: [0, 1, 2, 3].map((i) => median(runs.map((run) => run[i] ?? NaN))),
        againstFirst:
          v === 0
            ? undefined
            : [0, 1, 2, 3].map((i) => median(runs.map((run, r) => (run[i] ?? NaN) - (first[r]?.[i] ?? NaN)))),
      }));
    },
    { variants, rounds },
  );
  const cells = (/** @type {number[]} */ values, sign = false) =>
    values.map((ms) => `${sign && ms >= 0 ? '+' : ''}${ms.toFixed(1)}`.padStart(7)).join(' ');
  console.log(`${''.padEnd(52)} in + layout  frame    out   frame  (ms, medians of ${rounds} rounds)`);
  for (const { label, medians, againstFirst } of results) {
    console.log(`${label.padEnd(52)} ${cells(medians)}`);
    if (againstFirst)
      console.log(`${'  … against the first, round by round'.padEnd(52)} ${cells(againstFirst, true)}`);
  }
} finally {
  await site.close();
}
