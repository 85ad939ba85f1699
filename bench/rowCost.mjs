// What a page of rows costs the browser, from the DOM going in to the frame that shows it and back out, and what
// a rule of the stylesheet adds to it: not a benchmark (no figure in the table), a measurement behind
// bench/README.md's account of the rows' time. It answers "is this rule worth its cost?" more finely than the
// rendering benchmark can on a shared machine, because React and the network are not in it.
//
//   cd bench && node rowCost.mjs
//
// On the rendering benchmark's page (200 rows, minified build), the table's 200 event bodies are taken out and,
// again and again, a copy of them goes in (style and layout forced), a frame follows (the main thread's share of
// it: from its animation frame to a task posted from there, so style, layout, paint recording and layerising,
// not the raster on other threads), the copy is taken out, and another frame follows. Each variant is a
// stylesheet added after the shipped one (unlayered, so it outweighs the shipped rules, which sit in a layer), or
// every stylesheet switched off. The variants take turns, in the opposite order every other round, 40 rounds.
// Printed: each variant's medians, and the median of its differences from the first variant in the same round.
// To weigh another rule, add a variant that overrides it, with the same selectors in the first variant.
import { openPage } from './lib/openBenchPage.mjs';
import { openRenderingSite } from './lib/renderingSite.mjs';

/** The selectors of the rules the variants override, in the first variant too, so both pay for matching them. */
const clipped =
  '.auditkit .auditkit-table-row td, .auditkit .auditkit-text, .auditkit .auditkit-json-preview';
/** Stylesheets added for each variant; `null` switches every stylesheet off. */
const variants = {
  'as shipped (cells, cut text `overflow: clip`)': `${clipped} { overflow: clip !important }`,
  '`overflow: hidden` (as until 5 December)': `${clipped} { overflow: hidden !important }`,
  'no stylesheet at all': null,
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
      /** The main thread's share of the next frame: from its animation frame to a task posted from there. */
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
      const sheets = [...document.styleSheets].filter((sheet) => sheet.ownerNode !== extra);
      const entries = Object.entries(variants);
      /** @type {Record<string, number[][]>} */
      const times = Object.fromEntries(entries.map(([label]) => [label, []]));
      await frame();
      for (let round = 0; round < rounds; round++) {
        for (const [label, css] of round % 2 ? [...entries].reverse() : entries) {
          extra.textContent = css ?? '';
          for (const sheet of sheets) sheet.disabled = css === null;
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
          times[label]?.push([inserted, painted, removed, paintedEmpty]);
        }
      }
      // The page as it was: its own rows and stylesheets back, the variants' rules gone.
      extra.remove();
      for (const sheet of sheets) sheet.disabled = false;
      table.append(...bodies);
      const median = (/** @type {number[]} */ values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = sorted.length >> 1;
        return sorted.length % 2
          ? (sorted[middle] ?? NaN)
          : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
      };
      // Each variant against the first in the same round, then the median of those differences: the machine's
      // speed drifts between rounds far more than one rule's cost, and a round's variants share its speed.
      const first = times[entries[0]?.[0] ?? ''] ?? [];
      return entries.map(([label], v) => {
        const runs = times[label] ?? [];
        return {
          label,
          medians: [0, 1, 2, 3].map((i) => median(runs.map((run) => run[i] ?? NaN))),
          againstFirst:
            v === 0
              ? undefined
              : [0, 1, 2, 3].map((i) =>
                  median(runs.map((run, r) => (run[i] ?? NaN) - (first[r]?.[i] ?? NaN))),
                ),
        };
      });
    },
    { variants, rounds },
  );
  const cells = (/** @type {number[]} */ values, sign = false) =>
    values.map((ms) => `${sign && ms >= 0 ? '+' : ''}${ms.toFixed(1)}`.padStart(7)).join(' ');
  console.log(`${''.padEnd(52)}  in+layout  frame    out  frame  (ms, medians of ${rounds} rounds)`);
  for (const { label, medians, againstFirst } of results) {
    console.log(`${label.padEnd(52)} ${cells(medians)}`);
    if (againstFirst)
      console.log(`${'  … against the first, round by round'.padEnd(52)} ${cells(againstFirst, true)}`);
  }
} finally {
  await site.close();
}
