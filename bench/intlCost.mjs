// What a page's first use of Intl costs: in a fresh browser context, the first Intl object the page builds loads
// ICU's data (tens of ms on this machine), whichever Intl API it is; the ones after it cost a millisecond or two.
// Every page that shows a time pays it once: <AuditLog> pays it in its first render (the browser's time zone, read
// by AuditUiProvider), after its first requests have left; the bench's bare table pays it as its module runs,
// before its request leaves. Not a benchmark figure: it explains part of the first rows' time (bench/README.md).
//
//   cd bench && node intlCost.mjs
import { launchChromium } from './lib/launchChromium.mjs';

/** The Intl calls <AuditLog> makes as it first renders, in its order; each timed on its own, in a fresh context. */
const calls = {
  'browser time zone': () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  'a zone checked': () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }),
  'a time formatted': () =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(new Date()),
  'a count formatted': () => new Intl.NumberFormat(undefined).format(12345),
  'a relative time': () => new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-5, 'minute'),
};
const orders = [Object.keys(calls), ['a time formatted', 'browser time zone']];
const runs = 5;

const browser = await launchChromium();
try {
  for (const order of orders) {
    /** @type {Map<string, number[]>} */
    const times = new Map(order.map((name) => [name, []]));
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto('data:text/html,<p>Intl</p>');
      const sources = order.map((name) => calls[/** @type {keyof typeof calls} */ (name)].toString());
      const ms = await page.evaluate((sources) => {
        const fns = sources.map((source) => /** @type {() => unknown} */ ((0, eval)(source)));
        return fns.map((fn) => {
          const start = performance.now();
          fn();
          return performance.now() - start;
        });
      }, sources);
      ms.forEach((value, i) => times.get(/** @type {string} */ (order[i]))?.push(value));
      await context.close();
    }
    console.log(`in this order, ms (median of ${runs} fresh contexts):`);
    for (const [name, values] of times) {
      const sorted = values.sort((a, b) => a - b);
      console.log(`${sorted[Math.floor(sorted.length / 2)]?.toFixed(1).padStart(7)}  ${name}`);
    }
  }
} finally {
  await browser.close();
}
