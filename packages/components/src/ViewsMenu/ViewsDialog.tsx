import { auditViewUrl, type AuditView } from '@auditkit/headless';
import { useId, useRef, useState } from 'react';
import { useLayoutEffectOnClient } from '../ui/useLayoutEffectOnClient.ts';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { columnDisplayName } from '../ui/columnDisplayName.ts';
import { focusLost } from '../ui/focusLost.ts';
import { submitOnEnter } from '../ui/submitOnEnter.ts';
import { trapTab } from '../ui/trapTab.ts';
import { Icon } from '../ui/Icon.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { useMessageSinceMount } from '../ui/useMessageSinceMount.ts';
import { useOpenModalRegistration } from '../ui/useOpenModal.ts';
import { viewErrorText } from '../ui/viewErrorText.ts';
import type { AuditViewsController } from './useAuditViews.ts';
import { DeletedViewUndo } from './DeletedViewUndo.tsx';
import { useViewFailures } from './useViewFailures.ts';
import { useRowsUntilDeleted } from './useRowsUntilDeleted.ts';
import { useViewRemovalFocus } from './useViewRemovalFocus.ts';
import { ViewRow } from './ViewRow.tsx';

/** Where a failed save is said (a view's failures are said at its id, which is never empty). */
const savePlace = '';

/** A deleted view, and where it was, to put it back as it was. */
interface Deleted {
  view: AuditView;
  /** Its place among the user's views (`undefined`: the end). */
  index: number | undefined;
  isDefault: boolean;
}

/** Props of {@link ViewsDialog}. */
export interface ViewsDialogProps {
  views: AuditViewsController;
  /** Focus the name field (opened with "Save current view…"). */
  focusSave: boolean;
  /** The menu's latest announcement ("View “Mine” saved"), spoken from inside the dialog while it is open. */
  announcement: string;
  onAnnounce: (message: string) => void;
  onClose: () => void;
}

/** A modal dialog to save the current view under a name and to manage saved views. */
export function ViewsDialog({
  views,
  focusSave,
  announcement,
  onAnnounce,
  onClose: close,
}: ViewsDialogProps) {
  const { messages, locale } = useAuditUi();
  const { columns, queryState } = useAuditState();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const nameId = useId();
  const errorId = useId();
  const [name, setName] = useState('');
  // Failures are worded when shown: the message follows the log's language if it changes meanwhile. Each is said
  // where it happened: under the save form for a save, in the view's row for a rename, a delete or a change of
  // default (the name field is not what was wrong then).
  const { failures, attempt, clear } = useViewFailures();
  const failureText = (place: string) =>
    failures.has(place)
      ? viewErrorText(failures.get(place), messages, locale, (column) => columnDisplayName(columns, column))
      : undefined;
  const error = failureText(savePlace) ?? '';
  // Only what happens while the dialog is open: the menu's last word before it opened is old news.
  const spoken = useMessageSinceMount(announcement);
  const { rows, deleting, remove } = useRowsUntilDeleted(views.views);
  // The last delete, offered to undo until the dialog closes or another change goes through (then the undo would
  // put back a view among changes made after it, and the offer is old news).
  const [deleted, setDeleted] = useState<Deleted | undefined>(undefined);
  // The same, at once: a change settling reads which offer stands now, not the one of the render it began in.
  const offer = useRef<Deleted | undefined>(undefined);
  const setOffer = (next: Deleted | undefined) => {
    offer.current = next;
    setDeleted(next);
  };
  const [restoring, setRestoring] = useState(false);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The view an undo put back, whose row takes focus from the Undo button as it leaves.
  const [restored, setRestored] = useState<string | undefined>(undefined);
  useViewRemovalFocus(dialogRef, rows, { id: deleted?.view.id, button: undoRef });
  useLayoutEffectOnClient(() => {
    if (restored === undefined) return;
    setRestored(undefined);
    const dialog = dialogRef.current;
    // Only from the Undo button that left: not from a control the user went on to meanwhile.
    if (!dialog || !focusLost(dialog)) return;
    const index = rows.findIndex((row) => row.id === restored);
    const row = dialog.querySelectorAll<HTMLElement>('[data-slot="audit-view-row"]')[index];
    // Its first button (Apply), whose name says which view came back.
    row?.querySelector<HTMLElement>('button')?.focus();
  }, [restored, rows]);
  /**
   * Another change, attempted: once it went through, the undo offered before it is withdrawn, with its failure. Not
   * before: a change refused (no name, a name taken, the storage saying no) changed nothing, and the undo still puts
   * the view back where it was. Settles as the change does.
   */
  const changed = (change: Promise<boolean>) => {
    const offered = offer.current;
    return change.then((done) => {
      // Only that offer, if it still stands: one put back meanwhile is a row again (its failures are its row's),
      // and a delete since offers its own.
      if (done && offered && offer.current === offered) {
        clear(offered.view.id);
        setOffer(undefined);
      }
      return done;
    });
  };
  const undo = () => {
    if (!deleted || restoring) return;
    const { view, index, isDefault } = deleted;
    setRestoring(true);
    // Through the storage as any change is, said where the view's failures are said (its row is gone: beside Undo).
    void attempt(view.id, () => views.restore(view, { index, isDefault })).then((done) => {
      setRestoring(false);
      if (!done) return;
      if (offer.current?.view.id === view.id) setOffer(undefined);
      setRestored(view.id);
      onAnnounce(messages.viewRestored(view.name));
    });
  };
  const save = () => {
    void changed(
      attempt(savePlace, () =>
        views.save(name, views.snapshot()).then((view) => {
          setName('');
          onAnnounce(messages.viewSaved(view.name));
        }),
      ),
    );
  };
  useOpenModalRegistration(dialogRef, true);

  useLayoutEffectOnClient(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    if (focusSave) nameRef.current?.focus();
    // Closed before it leaves the document, so the page is never left inert behind it.
    return () => dialog?.close();
  }, [focusSave]);

  // Closed natively first: the browser's own focus restore must happen before the caller moves focus.
  const onClose = () => {
    dialogRef.current?.close();
    close();
  };
  const shareUrl = (id: string) => {
    // From the rows: a view being deleted is still one, and its link still works until it is gone.
    const view = rows.find((item) => item.id === id);
    return view && typeof location !== 'undefined'
      ? auditViewUrl(view, {
          base: location.href,
          columns,
          prefix: queryState.urlPrefix,
          defaults: queryState.defaults,
        })
      : '';
  };

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-slot="audit-views-dialog"
      className="auditkit-views-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Tab' && dialogRef.current) trapTab(event.nativeEvent, dialogRef.current);
      }}
    >
      <div data-slot="audit-popover-header" className="auditkit-popover-header">
        <h2 id={titleId} data-slot="audit-popover-title" className="auditkit-popover-title">
          {messages.viewsDialogTitle}
        </h2>
        <button type="button" data-variant="ghost" aria-label={messages.close} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      {/* A group, not a <form>: inside a host page's own form, Save submitted the host's (submitOnEnter). */}
      <div role="group" data-slot="audit-views-save" className="auditkit-views-save">
        <label htmlFor={nameId}>{messages.viewName}</label>
        <input
          ref={nameRef}
          id={nameId}
          value={name}
          maxLength={120}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => submitOnEnter(event, save)}
        />
        <button type="button" data-variant="primary" onClick={save}>
          {messages.viewsSave}
        </button>
      </div>
      {error ? (
        <p id={errorId} role="alert" data-slot="audit-field-error" className="auditkit-field-error">
          {error}
        </p>
      ) : null}
      {/* The user's views could not be read: saying "no views yet" would tell them their views are gone. */}
      {views.status === 'error' ? (
        <p data-slot="audit-views-load-error" className="auditkit-views-load-error">
          {messages.viewErrorNotLoaded}
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul
          aria-label={messages.viewsDialogTitle}
          data-slot="audit-views-list"
          className="auditkit-views-list"
        >
          {rows.map((view) => (
            <ViewRow
              key={view.id}
              view={view}
              isDefault={views.defaultView?.id === view.id}
              busy={deleting(view.id)}
              error={failureText(view.id)}
              shareUrl={() => shareUrl(view.id)}
              onApply={() => {
                views.apply(view);
                onAnnounce(messages.viewApplied(view.name));
                onClose();
              }}
              onRename={(next) => changed(attempt(view.id, () => views.rename(view.id, next)))}
              onRenameCancel={() => clear(view.id)}
              onDelete={() => {
                // A second press while the first is in flight would only fail ("no such view").
                if (deleting(view.id)) return;
                // Where it is now among the user's views (changes still being written included), to go back there.
                const index = views.views
                  .filter((item) => !item.predefined)
                  .findIndex((item) => item.id === view.id);
                const gone: Deleted = {
                  view,
                  index: index < 0 ? undefined : index,
                  isDefault: views.defaultView?.id === view.id,
                };
                void attempt(view.id, () =>
                  remove(view, () =>
                    views.remove(view.id).then(() => {
                      // Before the row leaves (the next step of the same promise), so focus can go to its Undo.
                      // It replaces the offer before it, whose failure goes with it; a delete refused changed
                      // nothing, and leaves that offer standing.
                      if (offer.current) clear(offer.current.view.id);
                      setOffer(gone);
                      onAnnounce(messages.viewDeleted(view.name));
                    }),
                  ),
                );
              }}
              onDefault={(on) => {
                void changed(attempt(view.id, () => views.setDefault(on ? view.id : undefined)));
              }}
            />
          ))}
        </ul>
      ) : views.status === 'error' ? null : (
        <p>{messages.viewsEmpty}</p>
      )}
      {deleted ? (
        <DeletedViewUndo
          name={deleted.view.name}
          busy={restoring}
          error={failureText(deleted.view.id)}
          buttonRef={undoRef}
          onUndo={undo}
        />
      ) : null}
      {/* While the modal dialog is open the page behind it, and the menu's live region, are out of the
          accessibility tree: what the dialog does is said from inside it. */}
      <LiveRegion message={spoken} />
    </dialog>
  );
}
