import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/browser.ts', 'src/node.ts', 'src/cli.ts'],
  format: 'esm',
  // Neutral so the main and browser entries carry no Node assumptions; Node built-ins (used only by the node
  // and cli entries) stay imports.
  platform: 'neutral',
  deps: { neverBundle: [/^node:/, 'msw', /^msw\//] },
  dts: true,
  sourcemap: true,
});
