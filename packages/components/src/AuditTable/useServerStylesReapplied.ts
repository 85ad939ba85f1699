import type { RefObject } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';

/** The server-rendered elements whose inline style carries the table's layout: its min-width and column widths. */
const styled = 'table[style], col[style], th[style]';

/**
 * Once, on mount, writes the table's server-rendered inline styles again, through the CSSOM. Under a strict style
 * CSP (Next.js' nonce policy `style-src 'self' 'nonce-…'`, where a nonce makes 'unsafe-inline' ignored) the
 * browser blocks the `style="…"` attributes of the server's HTML, and hydration does not write them again (React
 * adopts the attributes it finds and only writes a style when its value changes): the fixed-layout table then
 * shared its width equally between the columns (the 48 px expand column took a sixth) and lost its min-width until
 * a column was resized. A CSSOM write is not an inline style the policy governs, so it applies. Only where the
 * attribute is set but nothing of it applied: without such a policy (or after a client render) this writes nothing.
 */
export function useServerStylesReapplied(container: RefObject<HTMLElement | null>): void {
  useLayoutEffectOnClient(() => {
    for (const element of container.current?.querySelectorAll<HTMLElement>(styled) ?? []) {
      const declared = element.getAttribute('style');
      if (declared && element.style.length === 0) element.style.cssText = declared;
    }
    // Once (the ref does not change): later styles are React's own CSSOM writes, which the policy does not block.
  }, [container]);
}
