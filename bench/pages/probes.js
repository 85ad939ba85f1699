// The probes the rendering benchmark reads, shared by the <AuditLog> page and the bare-table reference page so
// both are measured by the same code. Each page calls `installProbes` with the selectors of its own markup.

/** Resolves after the frame that follows now has been painted: a task queued from rAF runs after that paint. */
export const afterNextPaint = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );

/**
 * @param {object} selectors
 * @param {string} selectors.row One event row.
 * @param {string} selectors.table The element that carries `aria-busy` while a newer answer loads.
 * @param {string} selectors.container The element whose subtree changes when rows change (and that scrolls).
 * @param {string} [selectors.indexed] Row elements carrying `data-index` (virtualised rows), for scrolling.
 */
export function installProbes({ row, table, container, indexed }) {
  const rowCount = () => document.querySelectorAll(row).length;
  const firstRowText = () => document.querySelector(row)?.textContent ?? '';
  /** @param {Node} node */
  const isOrHoldsRow = (node) =>
    node instanceof Element && (node.matches(row) || node.querySelector(row) !== null);
  /** Every row's text, for the benchmark to check that a filter change changed the rows. */
  const rowTexts = () => [...document.querySelectorAll(row)].map((element) => element.textContent ?? '');

  /**
   * The list request's share of a filter change (the resource timing entry of the last list request started
   * after the click): `request` is its start to its response end, `client` the rest, `leaves` how long after the
   * click it started.
   *
   * @param {number} started
   * @param {number} painted
   */
  function split(started, painted) {
    const lists = performance
      .getEntriesByType('resource')
      // The v2 list, or the legacy GET /audits the client uses when a column filter is set.
      .filter(
        (entry) => /\/audits(\/resources\/audits\/v2)?\?/.test(entry.name) && entry.startTime >= started,
      );
    const entry = lists.at(-1);
    const request = entry ? entry.responseEnd - entry.startTime : Number.NaN;
    const leaves = entry ? entry.startTime - started : Number.NaN;
    return { total: painted - started, request, client: painted - started - request, leaves };
  }

  /**
   * Arms a probe for one filter change: the clock starts at the next click (capture phase on the document, before
   * the page sees it) and stops after the paint of the commit that takes the table out of its busy state with new
   * rows (`first`), and again once `expectedRows` rows are in the DOM (`all`; the same paint when a page mounts
   * every row at once). New rows means a row element added or removed, or another first row: a commit that only
   * leaves the busy state over the same rows (an answer that ignored the filter) does not stop the clock, and the
   * probe rejects after 10 s.
   *
   * @param {number} expectedRows
   * @returns {Promise<{ first: { total: number, request: number, client: number, leaves: number }, all: { total: number, request: number, client: number, leaves: number } }>}
   */
  function measureNextFilterChange(expectedRows) {
    return new Promise((resolve, reject) => {
      let started = 0;
      let rowsChanged = false;
      /** The first row's text at the click: another one after the change shows new rows even if none was added. */
      let firstRowBefore = '';
      /** @type {{ total: number, request: number, client: number, leaves: number } | undefined} */
      let first;
      let waitingForAll = false;
      const finishAll = () => {
        observer.disconnect();
        clearTimeout(timeout);
        afterNextPaint().then((painted) => {
          // For bench/profile.mjs (PROFILE_WINDOW=rest): the end of the page's other rows in a trace.
          console.timeStamp('auditkit:all');
          resolve({
            first: /** @type {any} */ (first),
            all: split(started, /** @type {number} */ (painted)),
          });
        });
      };
      const observer = new MutationObserver((records) => {
        if (!started) return;
        if (waitingForAll) {
          if (rowCount() >= expectedRows) finishAll();
          return;
        }
        const current = document.querySelector(table);
        if (!current) return;
        rowsChanged ||= records.some(
          (record) =>
            record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].some(isOrHoldsRow),
        );
        if (current.hasAttribute('aria-busy')) return;
        if (rowsChanged || firstRowText() !== firstRowBefore) {
          waitingForAll = true;
          const complete = rowCount() >= expectedRows;
          afterNextPaint().then((painted) => {
            first = split(started, /** @type {number} */ (painted));
            // For bench/profile.mjs: the end of the measured window in a trace.
            console.timeStamp('auditkit:end');
            if (complete) {
              observer.disconnect();
              clearTimeout(timeout);
              resolve({ first, all: first });
            } else if (rowCount() >= expectedRows) finishAll();
          });
        }
      });
      const onClick = () => {
        started = performance.now();
        firstRowBefore = firstRowText();
        const root = document.querySelector(container);
        if (!root) reject(new Error(`no ${container} on the page`));
        else
          observer.observe(root, {
            childList: true,
            subtree: true,
            attributes: true,
            attributeFilter: ['aria-busy'],
          });
      };
      document.addEventListener('click', onClick, { capture: true, once: true });
      const timeout = setTimeout(() => {
        observer.disconnect();
        reject(
          new Error(
            `no new rows within 10 s of the filter change (${rowCount()} rows on the page${
              first ? '' : ', none added or removed and the same first row'
            })`,
          ),
        );
      }, 10_000);
    });
  }

  /**
   * Scrolls the container down by `step` px a frame, waiting at the bottom while the next page loads, until
   * `target` rows are loaded and the bottom is reached. Records every rAF delta, the largest number of rows in
   * the DOM and the long tasks seen meanwhile.
   *
   * @param {{ target: number, step: number, timeoutMs?: number }} options
   */
  function scrollThrough({ target, step, timeoutMs = 120_000 }) {
    const scroller = document.querySelector(container);
    if (!scroller) throw new Error(`no ${container} on the page`);
    /** @type {number[]} */
    const longTasks = [];
    const longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    longTaskObserver.observe({ type: 'longtask' });
    /** @type {number[]} */
    const frames = [];
    let maxRows = 0;
    let loaded = 0;
    const started = performance.now();
    return new Promise((resolve, reject) => {
      let last = performance.now();
      /** @param {number} now */
      const frame = (now) => {
        frames.push(now - last);
        last = now;
        maxRows = Math.max(maxRows, rowCount());
        // Rows are virtualised: the last rendered row carries the index of the last row reached.
        const bodies = document.querySelectorAll(indexed ?? row);
        loaded = Math.max(loaded, Number(bodies[bodies.length - 1]?.getAttribute('data-index') ?? -1) + 1);
        const atBottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
        if (loaded >= target && atBottom) {
          longTaskObserver.disconnect();
          resolve({ frames, maxRows, loaded, longTasks, seconds: (performance.now() - started) / 1000 });
          return;
        }
        if (now - started > timeoutMs) {
          longTaskObserver.disconnect();
          reject(new Error(`scrolled ${loaded} of ${target} rows in ${timeoutMs / 1000} s`));
          return;
        }
        scroller.scrollTop += step;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(frame);
      });
    });
  }

  Object.assign(window, { measureNextFilterChange, scrollThrough, rowCount, rowTexts });
}
