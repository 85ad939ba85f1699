/** Once per page, not once per log or per mount: the fix is one prop, and every log on the page lacks it alike. */
let warned = false;

/**
 * Tells the developer, once per page and only in a development build, that without a `userId` what the log keeps
 * per user (saved views, column choices) is kept in memory for this page instead of in `localStorage`: kept there,
 * it was every user's of the browser (a shared or support computer showed one user's views to the next).
 *
 * @example
 * ```ts
 * useEffect(() => {
 *   if (!userId) warnWithoutUserId('useSavedViews');
 * }, [userId]);
 * ```
 */
export function warnWithoutUserId(caller: string): void {
  // Not on the server, where nothing is kept either way and a host's server log (or its script's output) is no place
  // for it: the browser says it once hydrated.
  // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
  // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
  if (process.env.NODE_ENV === 'production' || warned || typeof window === 'undefined') return;
  warned = true;
  console.warn(
    `[auditkit] ${caller}: no \`userId\`, so saved views and column choices are kept in memory for this page ` +
      `only (a reload forgets them), not in localStorage, where every user of this browser would share them. ` +
      `Pass \`userId\` (and \`tenantId\`) in the hook's options to keep saved views and column choices per user: ` +
      `{ userId: user.id, tenantId: user.tenantId } (on <AuditLog>, its props of those names).`,
  );
}
