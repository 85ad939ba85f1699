// Bench page: <AuditLog> as an embedder ships it (built dist and styles.css), talking to the standalone mock over
// loopback HTTP through the page's own origin (`/frontegg`, proxied by the bench's static server), plus the
// probes the rendering benchmark reads. `?paging=pages|infinite&pageSize=N&below#token`.
import '@auditkit/components/styles.css';
import { AuditLog } from '@auditkit/components';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { installProbes } from './probes.js';

const params = new URLSearchParams(location.search);
const paging = params.get('paging') === 'infinite' ? 'infinite' : 'pages';
const pageSize = Number(params.get('pageSize') ?? 20);
// The demo token, signed in Node by the mock's own helper, so the page carries no mock code.
const token = decodeURIComponent(location.hash.slice(1));

installProbes({
  row: 'tr[data-slot="audit-table-row"]',
  table: '[data-slot="audit-table"]',
  container: '[data-slot="audit-table-container"]',
  indexed: 'tbody[data-slot="audit-table-body"][data-index]',
});

// For the first-rows part: where the first render work starts (every import evaluated, nothing rendered yet).
performance.mark('bench:render-start');
createRoot(/** @type {HTMLElement} */ (document.getElementById('root'))).render([
  h(AuditLog, {
    key: 'log',
    baseUrl: '/frontegg',
    getToken: () => token,
    paging,
    defaultQuery: {
      search: '',
      time: null,
      filters: {},
      sort: { column: 'createdAt', direction: 'desc' },
      page: 0,
      pageSize,
    },
    // No polling: a poll landing inside a measurement would time the poll, not the filter change.
    newEventsInterval: false,
    theme: 'light',
  }),
  // `?below`: the host's own content after the log, which a first load must not push about.
  params.has('below') ? h('p', { key: 'below' }, 'Host content below the audit log.') : null,
]);

Object.assign(window, { benchReady: true });
