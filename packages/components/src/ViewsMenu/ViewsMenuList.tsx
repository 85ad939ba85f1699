import type { AuditView } from '@auditkit/headless';
import { useCallback, useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { activeElementOf, isNode } from '../ui/domRealm.ts';
import { useMenuPlacement } from './useMenuPlacement.ts';

/** Props of {@link ViewsMenuList}. */
export interface ViewsMenuListProps {
  id: string;
  labelledBy: string;
  views: readonly AuditView[];
  defaultViewId: string | undefined;
  /** The user's own views could not be loaded: said in their place, so an empty group does not read as none. */
  loadFailed?: boolean | undefined;
  /** Which item takes focus when the menu opens. */
  focus: 'first' | 'last';
  onClose: (focusButton: boolean) => void;
  onApply: (view: AuditView) => void;
  onSave: () => void;
  onManage: () => void;
}

const items = (menu: HTMLElement) => [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];

/** The button the menu belongs to (it labels the menu), in the menu's own document or shadow root. */
const buttonOf = (menu: HTMLElement, id: string) =>
  (menu.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null;

/** The open menu: views grouped (host's, then the user's), then the save and manage actions. Roving focus. */
export function ViewsMenuList(props: ViewsMenuListProps) {
  const { id, labelledBy, views, defaultViewId, loadFailed, focus, onClose, onApply, onSave, onManage } =
    props;
  const { messages } = useAuditUi();
  const menuRef = useRef<HTMLDivElement>(null);
  // Inside the window and the log at any width: the toolbar wraps the button to the start edge when narrow.
  const place = useMenuPlacement(
    useCallback((menu: HTMLElement) => buttonOf(menu, labelledBy), [labelledBy]),
  );
  // No cleanup returned (React 18 ignores one): the element comes back as null when the menu goes.
  const setMenu = useCallback(
    (menu: HTMLDivElement | null) => {
      menuRef.current = menu;
      place(menu);
    },
    [place],
  );
  useLayoutEffectOnClient(() => {
    const list = menuRef.current && items(menuRef.current);
    (focus === 'first' ? list?.[0] : list?.at(-1))?.focus();
  }, [focus]);

  // A press outside the menu closes it, heard on the menu's own document (an iframe's, for a framed log). Not a
  // press on its button: the button's click toggles the menu, so closing first made that click open it again.
  // The press is remembered for onBlur: Safari and Firefox on macOS do not focus a clicked button, so the blur
  // it causes names no element to tell it from a click anywhere else.
  const pressedButton = useRef(false);
  useEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const page = menu.ownerDocument;
    const onPointerDown = (event: PointerEvent) => {
      // The innermost target: at the document, a shadow root's host stands in for it.
      const target = event.composedPath()[0];
      if (!isNode(target) || menu.contains(target)) return;
      pressedButton.current = buttonOf(menu, labelledBy)?.contains(target) ?? false;
      if (!pressedButton.current) onClose(false);
    };
    page.addEventListener('pointerdown', onPointerDown, true);
    return () => page.removeEventListener('pointerdown', onPointerDown, true);
  }, [labelledBy, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const list = items(event.currentTarget);
    // The menu's own document's focus: the global `document` sees only the iframe when the log is framed.
    const active = activeElementOf(event.currentTarget);
    const index = list.findIndex((item) => item === active);
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(index + 1),
      ArrowUp: () => move(index - 1),
      Home: () => move(0),
      End: () => move(list.length - 1),
      Escape: () => onClose(true),
      Tab: () => onClose(false),
    };
    const action = Object.hasOwn(keys, event.key) ? keys[event.key] : undefined;
    if (action) {
      if (event.key !== 'Tab') event.preventDefault();
      action();
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      // Type-ahead: the next item starting with the typed character.
      const char = event.key.toLowerCase();
      const next = [...list.slice(index + 1), ...list.slice(0, index + 1)].find((item) =>
        item.textContent?.trim().toLowerCase().startsWith(char),
      );
      next?.focus();
    }
  };
  const item = (key: string, label: string, run: () => void, extra?: string) => (
    <div
      key={key}
      role="menuitem"
      tabIndex={-1}
      data-slot="audit-menu-item"
      className="auditkit-menu-item"
      onClick={run}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          run();
        }
      }}
    >
      <span>{label}</span>
      {extra ? (
        <span data-slot="audit-menu-item-detail" className="auditkit-menu-item-detail">
          {extra}
        </span>
      ) : null}
    </div>
  );
  const group = (label: string, content: ReactNode) => (
    <div role="group" aria-label={label} data-slot="audit-menu-group" className="auditkit-menu-group">
      <div aria-hidden="true" data-slot="audit-menu-group-label" className="auditkit-menu-group-label">
        {label}
      </div>
      {content}
    </div>
  );
  const viewGroup = (label: string, list: readonly AuditView[]) =>
    list.length > 0
      ? group(
          label,
          list.map((view) =>
            item(
              view.id,
              view.name,
              () => onApply(view),
              view.id === defaultViewId ? messages.viewDefault : undefined,
            ),
          ),
        )
      : null;
  return (
    <div
      ref={setMenu}
      id={id}
      role="menu"
      aria-labelledby={labelledBy}
      data-slot="audit-menu"
      className="auditkit-menu"
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Focus left for elsewhere (the host page, another window), but not for the menu's button: its click,
        // which follows, closes the menu.
        const next = event.relatedTarget;
        if (event.currentTarget.contains(next)) return;
        const toButton = next ? next === buttonOf(event.currentTarget, labelledBy) : pressedButton.current;
        if (!toButton) onClose(false);
      }}
    >
      {viewGroup(
        messages.viewsPredefined,
        views.filter((view) => view.predefined),
      )}
      {loadFailed
        ? group(
            messages.viewsMine,
            // A disabled item, not a paragraph: a menu holds items only, and arrow keys reach it to read it.
            <div
              role="menuitem"
              aria-disabled="true"
              tabIndex={-1}
              data-slot="audit-menu-item"
              className="auditkit-menu-item"
            >
              <span>{messages.viewErrorNotLoaded}</span>
            </div>,
          )
        : viewGroup(
            messages.viewsMine,
            views.filter((view) => !view.predefined),
          )}
      <div role="separator" data-slot="audit-menu-separator" className="auditkit-menu-separator" />
      {item('save', messages.viewsSaveCurrent, onSave)}
      {item('manage', messages.viewsManage, onManage)}
    </div>
  );
}
