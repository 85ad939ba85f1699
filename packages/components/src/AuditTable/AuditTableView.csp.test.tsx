// A host with a strict style CSP (Next.js' nonce policy `style-src 'self' 'nonce-…'`: with a nonce, 'unsafe-inline'
// is ignored) server-renders the log: the browser blocks every `style="…"` attribute of that HTML. The table's
// widths are such attributes, and hydration does not write them again. A frame with that policy, the shipped
// stylesheet linked, the server's HTML in it, hydrated by this page's React.
import type { AuditSort } from '@auditkit/headless';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import type { AuditColumnLike, AuditEventLike } from '../types.ts';
import { AuditTableView } from './AuditTableView.tsx';

const column = (name: string, type: string, showInTable = true): AuditColumnLike => ({
  name,
  displayName: name,
  type,
  sortable: false,
  showInTable,
});
// 48 + 240 + 150 + 190 + 150 + 120 + 200 + 150 + 150 = 1398 px: wider than the frame, so the table scrolls.
const columns = [
  column('createdAt', 'Timestamp'),
  column('action', 'AlphaNumeric'),
  column('email', 'Email'),
  column('ip', 'IpAddress'),
  column('severity', 'Severity'),
  column('description', 'AlphaNumeric'),
  column('userAgent', 'AlphaNumeric'),
  column('tenantId', 'AlphaNumeric'),
];
const minWidth = 1398;
const sort: AuditSort = { column: 'createdAt', direction: 'desc' };
const events: AuditEventLike[] = Array.from({ length: 3 }, (_, n) => ({
  frontegg_id: `e${n}`,
  createdAt: new Date(Date.UTC(2026, 10, 26, 0, n)).toISOString(),
  action: `Action ${n}`,
  description: `Description ${n}`,
}));

const ui = (
  <AuditUiProvider defaultTimeZone="UTC" locale="en-US">
    <AuditRoot theme="light">
      <AuditTableView events={events} columns={columns} sort={sort} onSortChange={() => {}} />
    </AuditRoot>
  </AuditUiProvider>
);

let root: Root | undefined;
let frame: HTMLIFrameElement | undefined;
afterEach(async () => {
  await inAct(() => root?.unmount());
  root = undefined;
  frame?.remove();
});

/** Runs `work` in React's act(), which flushes the hydration's layout effects before the test measures. */
async function inAct(work: () => void) {
  const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  flags.IS_REACT_ACT_ENVIRONMENT = true;
  try {
    await act(async () => work());
  } finally {
    flags.IS_REACT_ACT_ENVIRONMENT = false;
  }
}

/** A same-origin frame whose document has the host's policy, the stylesheet linked (allowed: 'self') and `html`. */
async function frameWith(html: string, policy: boolean): Promise<Document> {
  frame = document.createElement('iframe');
  frame.title = 'Host page with a strict style policy';
  frame.style.cssText = 'display: block; width: 1000px; height: 600px; border: 0';
  const stylesheet = new URL('../styles.css', import.meta.url).href;
  frame.srcdoc = `<!doctype html><html><head>
${policy ? `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">` : ''}
<link rel="stylesheet" href="${stylesheet}">
</head><body style="margin: 0"><div id="root">${html}</div></body></html>`;
  const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const expandHeader = (doc: Document) => doc.querySelector<HTMLElement>('th[data-slot="audit-expand-cell"]')!;
const grid = (doc: Document) => doc.querySelector<HTMLElement>('table[role="grid"]')!;

/** Hydrates the frame's server HTML with this page's React; the recoverable errors React reports are a mismatch. */
async function hydrate(doc: Document): Promise<unknown[]> {
  const errors: unknown[] = [];
  await inAct(() => {
    root = hydrateRoot(doc.getElementById('root')!, ui, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return errors;
}

describe('AuditTableView under a strict style Content-Security-Policy', () => {
  it('keeps its column widths and min-width after hydrating server HTML whose style attributes were blocked', async () => {
    const doc = await frameWith(renderToString(ui), true);
    // The policy is in force and the stylesheet loaded: a fixed-layout table, its widths not applied.
    expect(doc.defaultView!.getComputedStyle(grid(doc)).tableLayout).toBe('fixed');
    expect(grid(doc).getAttribute('style')).toContain(`min-width:${minWidth}px`);
    expect(grid(doc).style.length).toBe(0);
    expect(expandHeader(doc).getBoundingClientRect().width).not.toBe(48);
    expect(grid(doc).getBoundingClientRect().width).toBeLessThan(minWidth);

    expect(await hydrate(doc)).toEqual([]);
    // The expand column is its 48 px, not an equal share; the table keeps its min-width and scrolls sideways.
    expect(expandHeader(doc).getBoundingClientRect().width).toBe(48);
    expect(grid(doc).getBoundingClientRect().width).toBe(minWidth);
    const timeHeader = doc.querySelector<HTMLElement>('th[data-slot="audit-table-header"]')!;
    expect(timeHeader.getBoundingClientRect().width).toBe(240);
  });

  it('writes no style again where the server’s styles applied (no policy): nothing moves while hydrating', async () => {
    const doc = await frameWith(renderToString(ui), false);
    expect(expandHeader(doc).getBoundingClientRect().width).toBe(48);
    const writes = new MutationObserver(() => {});
    writes.observe(doc.getElementById('root')!, { subtree: true, attributeFilter: ['style'] });
    expect(await hydrate(doc)).toEqual([]);
    expect(writes.takeRecords()).toEqual([]);
    writes.disconnect();
    expect(grid(doc).getBoundingClientRect().width).toBe(minWidth);
  });
});
