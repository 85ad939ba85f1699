// Server rendering with this host's React (18.3 or 19.0), in Node: <AuditLog> renders to HTML, and React logs
// nothing (React 18's server renderer logs an error for every useLayoutEffect it meets).
import { AuditLog } from '@auditkit/components';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

const errors = [];
console.error = (...args) => errors.push(args.map(String).join(' ').slice(0, 300));
const html = renderToString(
  createElement(AuditLog, { baseUrl: 'http://api.test', getToken: () => 'token', newEventsInterval: false }),
);
process.stdout.write(`${JSON.stringify({ html: html.length, errors })}\n`);
