// What the stylesheet costs a page of rows, and what selecting parts by class saves over selecting them by
// `[data-slot='…']`: not a benchmark (no figure in the table), a measurement behind bench/README.md's account of
// the rows' style and layout time.
//
//   cd bench && node styleCost.mjs
//
// On the rendering benchmark's page (200 rows, minified build), the table is taken out of the layout
// (`display: none`) and put back, then its style and layout forced; the median of 15 tries, in three states:
// the stylesheet as shipped, which selects each part by its class (`.auditkit-table-row`); the same rules with
// each of those classes written as the part's attribute (`[data-slot="audit-table-row"]`), as the sheet was
// until 5 December; no stylesheet at all. Chromium files a rule under one key of its rightmost compound (an id,
// else a class, else an attribute's name, else a tag), and an element is tried against the rules filed under its
// own classes and attribute names: every rule that ends in `[data-slot='…']` is filed under `data-slot`, so it is
// tried on every element that has one, where a class rule is tried only on its own part.
import { openPage } from './lib/openBenchPage.mjs';
import { openRenderingSite } from './lib/renderingSite.mjs';

const site = await openRenderingSite({ minify: true });
try {
  const page = await openPage(site.browser, site.url('pages', 200));
  await page.locator('tr[data-slot="audit-table-row"]').nth(199).waitFor({ timeout: 30_000 });
  const styleAndLayout = () =>
    page.evaluate(() => {
      const table = /** @type {HTMLTableElement} */ (document.querySelector('[data-slot="audit-table"]'));
      /** @type {number[]} */
      const times = [];
      for (let i = 0; i < 15; i++) {
        table.style.display = 'none';
        void table.offsetHeight;
        const start = performance.now();
        table.style.display = '';
        void table.offsetHeight;
        times.push(performance.now() - start);
      }
      return {
        ms: times.sort((a, b) => a - b)[7] ?? Number.NaN,
        elements: table.querySelectorAll('*').length,
      };
    });
  // Two rounds each: the first layout after a change of the sheets is the slower one.
  const report = async (/** @type {string} */ label) => {
    await styleAndLayout();
    const { ms, elements } = await styleAndLayout();
    console.log(`${label.padEnd(50)} ${ms.toFixed(1).padStart(6)} ms  (${elements} elements in the table)`);
  };
  await report('the stylesheet as shipped');
  const rewritten = await page.evaluate(() => {
    let rules = 0;
    for (const sheet of [...document.styleSheets]) {
      const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      if (!text.includes('.auditkit-')) continue;
      const style = document.createElement('style');
      // `.auditkit-x` only: the root's own `.auditkit` and the `--auditkit-*` tokens are not parts.
      style.textContent = text.replace(/\.auditkit-([\w-]+)/g, (_match, part) => {
        rules += 1;
        return `[data-slot="audit-${part}"]`;
      });
      document.head.append(style);
      sheet.disabled = true;
    }
    return rules;
  });
  await report(`the same, ${rewritten} part classes as [data-slot]`);
  await page.evaluate(() => {
    for (const sheet of [...document.styleSheets]) sheet.disabled = true;
  });
  await report('no stylesheet');
} finally {
  await site.close();
}
