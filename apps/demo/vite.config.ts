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
  // 5173 when it is free, else the next free port (Vite prints which): another app already on 5173 is common, and
  // `npm start` must not fail for it. Nothing depends on the port (the mock runs in the page's own origin).
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  // The demo ships the whole mock (dataset generator, MSW) in its bundle; its size is not the library's.
  build: { sourcemap: true, chunkSizeWarningLimit: 2048 },
});
