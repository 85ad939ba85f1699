import { useCallback, useRef } from 'react';
import { resizeObserverOf, windowOf } from '../ui/domRealm.ts';
import { placeMenu } from '../ui/placeMenu.ts';
import { followViewport } from '../ui/placePopover.ts';

/**
 * A ref for an open menu, whose button `buttonOf` finds: places it inside the window and the log (placeMenu) as it
 * mounts, before it is painted, and again whenever the window's viewport changes (zoom, rotation), the log is
 * resized (the toolbar wraps its button to the other edge) or the menu is (its views arrived), until it unmounts.
 * Used by the menu's own on-demand module, so the first load does not carry it (the busy placeholder shown while
 * that module loads is empty, and left where the style sheet puts it).
 *
 * @example
 * const menuRef = useMenuPlacement((menu) => menu.ownerDocument.getElementById(buttonId));
 * <div ref={menuRef} role="menu">…</div>
 */
export function useMenuPlacement(buttonOf: (menu: HTMLElement) => HTMLElement | null) {
  // The stop is kept here rather than returned from the ref: React 18, which the package supports, ignores a ref's
  // returned cleanup and calls the ref with null instead, so the listeners would outlive every menu opened.
  const stop = useRef<(() => void) | undefined>(undefined);
  return useCallback(
    (menu: HTMLElement | null) => {
      stop.current?.();
      stop.current = undefined;
      const button = menu && buttonOf(menu);
      if (!menu || !button) return;
      const log = button.closest('.auditkit');
      const place = () => placeMenu(menu, button, log?.getBoundingClientRect());
      place();
      const stopFollowing = followViewport(windowOf(menu), place);
      // Called once at the start too (after this placement, before the paint): harmless, the place is the same.
      const observer = resizeObserverOf(menu, place);
      observer.observe(menu);
      if (log) observer.observe(log);
      stop.current = () => {
        stopFollowing();
        observer.disconnect();
      };
    },
    [buttonOf],
  );
}
