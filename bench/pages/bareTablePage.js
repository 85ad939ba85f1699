// Reference page: what the same rows cost with no library at all. React renders a plain <table> of the same
// columns and the same events, fetched from the same mock over the same origin, with plain severity checkboxes
// for the filter change, sending the request <AuditLog> sends for the same selection (`bareListRequest.js`).
// Values are shown as text (timestamps through one cached Intl.DateTimeFormat). The first request leaves when the
// module runs, before React renders anything.
// `?pageSize=N&columns=a,b,c#token`.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { bareListRequest } from './bareListRequest.js';
import { installProbes } from './probes.js';

const params = new URLSearchParams(location.search);
const pageSize = Number(params.get('pageSize') ?? 20);
const columns = (params.get('columns') ?? 'createdAt,email,action,description,severity').split(',');
const token = decodeURIComponent(location.hash.slice(1));
const severities = ['Info', 'Medium', 'High', 'Critical', 'Error'];
const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** @param {readonly string[]} selected */
function load(selected) {
  return fetch(`/frontegg${bareListRequest(selected, pageSize)}`, {
    headers: { authorization: `Bearer ${token}` },
  }).then((response) => {
    if (!response.ok) throw new Error(`the list answered ${response.status}`);
    return response.json();
  });
}

/** @param {unknown} value @param {string} column */
const text = (value, column) =>
  column === 'createdAt' && typeof value === 'string'
    ? dates.format(new Date(value))
    : value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

const first = load([]);

function BareTable() {
  const [state, setState] = useState({ selected: /** @type {string[]} */ ([]), rows: null, busy: true });
  useEffect(() => {
    void first.then((body) => setState((s) => ({ ...s, rows: body.data, busy: false })));
  }, []);
  /** @param {string} severity */
  const toggle = (severity) => {
    const selected = state.selected.includes(severity)
      ? state.selected.filter((s) => s !== severity)
      : [...state.selected, severity];
    setState((s) => ({ ...s, selected, busy: true }));
    void load(selected).then((body) => setState((s) => ({ ...s, rows: body.data, busy: false })));
  };
  return h(
    'main',
    null,
    h(
      'fieldset',
      null,
      h('legend', null, 'Severity'),
      severities.map((severity) =>
        h(
          'label',
          { key: severity },
          h('input', {
            type: 'checkbox',
            checked: state.selected.includes(severity),
            onChange: () => toggle(severity),
          }),
          severity,
        ),
      ),
    ),
    h(
      'div',
      { id: 'scroller', style: { height: 600, overflow: 'auto' } },
      h(
        'table',
        { id: 'bare-table', 'aria-busy': state.busy || undefined },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            columns.map((column) => h('th', { key: column }, column)),
          ),
        ),
        h(
          'tbody',
          null,
          (state.rows ?? []).map((event) =>
            h(
              'tr',
              { key: event.frontegg_id, 'data-row': event.frontegg_id },
              columns.map((column) => h('td', { key: column }, text(event[column], column))),
            ),
          ),
        ),
      ),
    ),
  );
}

installProbes({ row: 'tr[data-row]', table: '#bare-table', container: '#scroller' });
// For the first-rows part: where the first render work starts (the list request left above, at module evaluation).
performance.mark('bench:render-start');
createRoot(/** @type {HTMLElement} */ (document.getElementById('root'))).render(h(BareTable));
Object.assign(window, { benchReady: true });
