/**
 * The texts `element` holds from now on, one per change (a live region's words as a screen reader would get them:
 * an emptied region shows as `''`). Call `stop` before asserting on `said` for good.
 *
 * @example
 * ```ts
 * const watch = watchText(region);
 * await screen.getByRole('checkbox', { name: 'Info' }).click();
 * await expect.poll(() => watch.said).toEqual(['', '240 events']);
 * watch.stop();
 * ```
 */
export function watchText(element: Element) {
  const said: (string | null)[] = [];
  const observer = new MutationObserver(() => said.push(element.textContent));
  observer.observe(element, { childList: true, subtree: true, characterData: true });
  return { said, stop: () => observer.disconnect() };
}

/**
 * Resolves a little after the next frame: long enough for a region emptied for a frame to be filled again, so a
 * test that expects nothing said has waited for what would have been said.
 */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
