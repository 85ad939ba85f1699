import { useEffect } from 'react';

/**
 * Fetches an on-demand part once the browser is idle after the first paint (or a second later where there is no
 * `requestIdleCallback`), so that using it rarely waits; a part's trigger also preloads it on intent (pointer or
 * focus on the trigger). `load` is a dynamic import: calling it again returns the same module, so this is safe to
 * repeat. Nothing happens while `when` is false.
 */
export function usePreloadWhenIdle(load: () => Promise<unknown>, when = true) {
  useEffect(() => {
    if (!when) return;
    const preload = () => void load().catch(() => undefined);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(preload, 1_000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(preload, { timeout: 3_000 });
    return () => cancelIdleCallback(handle);
  }, [load, when]);
}
