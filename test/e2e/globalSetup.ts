// Builds the demo exactly as it ships (`vite build`) and serves `dist`, once for the whole suite.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './support/staticServer.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the built demo, e.g. `http://127.0.0.1:41234`. */
    demoUrl: string;
  }
}

const demoRoot = fileURLToPath(new URL('../../apps/demo/', import.meta.url));

export default async function setup(project: TestProject) {
  await build({
    root: demoRoot,
    configFile: `${demoRoot}vite.config.ts`,
    logLevel: 'warn',
    mode: 'production',
  });
  const server = await serveStatic(`${demoRoot}dist`);
  project.provide('demoUrl', server.url);
  return () => server.close();
}
