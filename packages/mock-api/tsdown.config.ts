import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/browser.ts', 'src/node.ts', 'src/cli.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
});
