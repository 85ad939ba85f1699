// What of the current `history.state` an auditkit history write carries over. The host's own state (scroll data,
// its keys) stays; a router's marks that would make the router misread our entry do not.

/**
 * Next.js App Router's marks: its patched pushState/replaceState take a state carrying `__NA` or `_N` for its own
 * write and skip telling the router of the new URL, so its next render (router.refresh(), a server action) wrote
 * the old URL back and `useSearchParams()` stayed stale. Left out, Next adds its own again and syncs.
 */
const appRouterKeys = ['__NA', '_N', '__PRIVATE_NEXTJS_INTERNALS_TREE'];

/**
 * Next.js Pages Router's entry (`__N` marks it): on back/forward to it the router navigates to its `as`. A new
 * entry of ours must not carry it (Back between two filters navigated to the URL before them); the router's own
 * entry keeps it, pointed at the URL it now has.
 */
const pagesRouterKeys = ['__N', 'url', 'as', 'options', 'key'];

// React Router's `{ usr, key, idx }` is kept on a push too. Its blockers revert a pop with `history.go(-delta)`,
// delta being the `idx` reached less the router's own count, which our writes (outside the router) never move: a
// pop back to the entry we pushed from is delta 0 (a reload) whatever our entry holds. Without `idx`, a router
// push from our entry counts on from `undefined` (NaN), and Back onto our entry is a pop the router cannot block: a
// page's "unsaved changes" blocker would let the user leave.

/**
 * The current entry's state as the base of a write to `href`: without the App Router's marks; without the Pages
 * Router's entry on a `push`, with its `as` set to `href` on a `replace`.
 *
 * @example
 * ```ts
 * history.pushState({ ...hostHistoryState(history.state, 'push', href), __auditkit: ['audit'] }, '', href);
 * ```
 */
export function hostHistoryState(
  state: unknown,
  write: 'push' | 'replace',
  href: string,
): Record<string, unknown> {
  if (typeof state !== 'object' || state === null) return {};
  const pagesEntry = Object.hasOwn(state, '__N') && (state as { __N?: unknown }).__N === true;
  const dropped = new Set([...appRouterKeys, ...(pagesEntry && write === 'push' ? pagesRouterKeys : [])]);
  const kept = Object.entries(state).filter(([key]) => !dropped.has(key));
  // Rebuilt from entries, so a key named `__proto__` stays a plain key.
  const base: Record<string, unknown> = Object.fromEntries(kept);
  if (pagesEntry && write === 'replace') base.as = href;
  return base;
}
