import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { workspaceAliases } from '../../test/support/aliases.ts';
import { sharedOptimizeDeps } from '../../test/support/vite.ts';

// The demo runs the workspace packages from source, so nothing has to be built before `npm start`.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
  // Pre-bundled up front: a re-optimisation mid-session can load a second React (`reading 'useReducer'`).
  optimizeDeps: { include: [...sharedOptimizeDeps] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173 },
  // The demo ships the whole mock (dataset generator, MSW) in its bundle; its size is not the library's.
  build: { sourcemap: true, chunkSizeWarningLimit: 2048 },
});
