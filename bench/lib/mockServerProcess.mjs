// A child process serving the standalone mock on 127.0.0.1, so the load generator in the parent does not share
// its event loop with the server it measures. Messages: parent → 'scenario' {…} / 'reset' (the initial scenario
// again) / 'clearCache' (created events and the cached match indices dropped, so the next answers are built from
// scratch) / 'stop'; child → { type: 'ready', url } and { type: 'ok' } after each change.
// `--strict`: the mock's strict mode, where a query parameter the endpoint does not list is a 400 naming it
// instead of being ignored (a bench page sending a filter the endpoint drops would time unfiltered rows).
import { pathToFileURL } from 'node:url';
import { benchNow, benchSeed } from './benchDataset.mjs';
import { distFile } from './workspacePackages.mjs';

/** @type {any} */
const mock = await import(pathToFileURL(distFile('mock-api', 'node.js')).href);
const api = mock.createMockAuditApi({
  seed: benchSeed,
  now: benchNow,
  strict: process.argv.includes('--strict'),
});
const server = await mock.startStandaloneServer({ port: 0, host: '127.0.0.1', api });

process.on('message', async (/** @type {{ type: string, scenario?: object }} */ message) => {
  if (message.type === 'scenario') api.setScenario(message.scenario);
  if (message.type === 'reset') api.resetScenario();
  if (message.type === 'clearCache') api.reset();
  if (message.type === 'stop') {
    await server.close();
    process.exit(0);
  }
  process.send?.({ type: 'ok' });
});
process.send?.({ type: 'ready', url: server.url });
