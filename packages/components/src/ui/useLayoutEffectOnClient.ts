import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser, `useEffect` on the server, where neither runs: React 18's server renderer
 * logs an error for every `useLayoutEffect` it meets (React 19 no longer does), which fails a host's tests that
 * treat `console.error` as a failure and floods a Next.js or Remix development log, once per part per render.
 */
export const useLayoutEffectOnClient: typeof useLayoutEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
