import type { AuditViewDefinition, AuditViewStorage } from '@auditkit/headless';
import { Suspense, useId, useRef, useState } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { panels, preloadPanels as preload } from '../ui/panels.ts';
import { usePreloadWhenIdle } from '../ui/preloadWhenIdle.ts';
import { useAnnouncement } from '../ui/useAnnouncement.ts';
import { useAuditViews } from './useAuditViews.ts';

// The open menu and the dialog are not needed for the first paint: they come with the toolbar's panels, preloaded
// when the pointer or focus reaches the button and when the browser is idle, so opening the menu rarely waits.
const ViewsMenuList = panels.part((module) => module.ViewsMenuList);
const ViewsDialog = panels.part((module) => module.ViewsDialog);

/** Props of {@link ViewsMenu}. */
export interface ViewsMenuProps {
  /** Where the user's views live (e.g. the host's server). @default localStorage */
  storage?: AuditViewStorage | null | undefined;
  /** The host's views ("Severe events"…): applied like any other, never renamed or deleted. */
  predefined?: readonly AuditViewDefinition[] | undefined;
  /** The tenant whose views these are. @default the `AuditStateProvider`'s `tenantId` */
  tenantId?: string | undefined;
  /**
   * The user whose views these are; without one they last only while the page is open.
   * @default the `AuditStateProvider`'s `userId`
   */
  userId?: string | undefined;
}

/**
 * Saved views behind a menu button (APG menu button): apply a predefined or saved view, save the current query,
 * columns, sort and time zone under a name, or manage views (rename, delete, default, share a link). The views are
 * the signed-in user's that the `AuditStateProvider` names (`tenantId`, `userId`), unless given here.
 *
 * @example
 * ```tsx
 * <AuditStateProvider tenantId={tenantId} userId={userId}>
 *   <ViewsMenu predefined={[{ name: 'Severe events', query: { filters: { severity: ['High', 'Critical'] } } }]} />
 * </AuditStateProvider>
 * ```
 */
export function ViewsMenu(props: ViewsMenuProps) {
  // In the shared view state, or one of its own when placed alone, as every part that reads the query.
  return (
    <AuditStateScope>
      <ViewsMenuContent {...props} />
    </AuditStateScope>
  );
}

function ViewsMenuContent({ storage, predefined, ...owner }: ViewsMenuProps) {
  const { messages } = useAuditUi();
  // The provider's owner, as its column choices have: given only there, the views were kept in the page's memory.
  const state = useAuditState();
  const tenantId = owner.tenantId ?? state.tenantId;
  const userId = owner.userId ?? state.userId;
  const views = useAuditViews({ storage, predefined, tenantId, userId });
  const [menu, setMenu] = useState<'closed' | 'first' | 'last'>('closed');
  const [dialog, setDialog] = useState<'closed' | 'save' | 'manage'>('closed');
  // Every apply, save and delete is said, the same words again included.
  const [announcement, announce] = useAnnouncement();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const buttonId = useId();
  usePreloadWhenIdle(panels.preload);
  const close = (focusButton: boolean) => {
    setMenu('closed');
    if (focusButton) buttonRef.current?.focus();
  };
  return (
    <div data-slot="audit-views" className="auditkit-views">
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={menu !== 'closed'}
        aria-controls={menu !== 'closed' ? menuId : undefined}
        data-state={menu !== 'closed' ? 'open' : 'closed'}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setMenu((was) => (was === 'closed' ? 'first' : 'closed'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setMenu(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <span>{messages.views}</span>
        <Icon name="chevronDown" />
      </button>
      {menu !== 'closed' ? (
        <Suspense
          fallback={
            // Where the menu will be, empty and busy: it floats over the page (styles.css), so nothing moves.
            <div
              id={menuId}
              data-slot="audit-menu"
              className="auditkit-menu"
              data-loading=""
              aria-busy="true"
            />
          }
        >
          <ViewsMenuList
            id={menuId}
            labelledBy={buttonId}
            views={views.views}
            defaultViewId={views.defaultView?.id}
            loadFailed={views.status === 'error'}
            focus={menu}
            onClose={close}
            onApply={(view) => {
              close(true);
              views.apply(view);
              announce(messages.viewApplied(view.name));
            }}
            onSave={() => {
              close(false);
              setDialog('save');
            }}
            onManage={() => {
              close(false);
              setDialog('manage');
            }}
          />
        </Suspense>
      ) : null}
      {dialog !== 'closed' ? (
        // A modal dialog in the top layer: until it is there (it came with the menu), nothing is drawn.
        <Suspense fallback={null}>
          <ViewsDialog
            views={views}
            focusSave={dialog === 'save'}
            announcement={announcement}
            onAnnounce={announce}
            onClose={() => {
              setDialog('closed');
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
      <LiveRegion message={announcement} />
    </div>
  );
}
