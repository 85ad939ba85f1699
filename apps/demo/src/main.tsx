import '@auditkit/components/styles.css';
import './demo.css';
import { createMockAuditApi, type MockAuditApi } from '@auditkit/mock-api';
import { startMockWorker } from '@auditkit/mock-api/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { scenarios } from './scenarios.ts';
import { loadSession } from './session.ts';

const root = document.getElementById('root');
if (!root) throw new Error('[acme] index.html has no #root element.');

const session = loadSession();
// Strict, with Frontegg's shapes: a parameter the audits API's document does not list is a 400, so the demo (and
// the end-to-end suite that drives it) shows what the real service would do with our requests.
const api = createMockAuditApi({ strict: true, fidelity: 'frontegg' });
api.setScenario(scenarios[session.scenario].scenario);

declare global {
  interface Window {
    /** The page's mock API, scriptable from the devtools console: `acmeMockApi.setScenario({ latencyMs: 3000 })`. */
    acmeMockApi: MockAuditApi;
  }
}
// Exposed so a visitor (or the end-to-end suite) can make the "server" misbehave or recover mid-flow.
window.acmeMockApi = api;

// An http address other than 127.0.0.1 or localhost (the LAN address `npm start -- --host 0.0.0.0` prints) is not a
// secure context: no service worker and no crypto.subtle. MSW then quietly intercepts in the page instead, so the
// worker "starts", but signing the demo token throws and every request would say "Sign in again". Say why up front.
if (!window.isSecureContext || !globalThis.crypto?.subtle) {
  root.textContent =
    `The demo needs a secure origin, and ${window.location.origin} is not one: its mock API and sign-in tokens use ` +
    'service workers and Web Crypto, which browsers give only to secure pages. Open it at http://127.0.0.1:' +
    `${window.location.port || '5173'} or http://localhost:${window.location.port || '5173'} on this machine, ` +
    'or serve it over https.';
  throw new Error('[acme] The demo needs a secure context (http://127.0.0.1, http://localhost or https).');
}

// The mock answers from the page's service worker, so it must be listening before the first request.
try {
  await startMockWorker(api);
} catch (error) {
  root.textContent = `The demo's mock API could not start (${String(error)}). Service workers need http://127.0.0.1 or https.`;
  throw error;
}

createRoot(root).render(
  <StrictMode>
    <App api={api} initialSession={session} />
  </StrictMode>,
);
