import type { AuditView } from '@auditkit/headless';
import { useId, useRef, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { submitOnEnter } from '../ui/submitOnEnter.ts';
import { useAnnouncement } from '../ui/useAnnouncement.ts';

/** Props of {@link ViewRow}. */
export interface ViewRowProps {
  view: AuditView;
  isDefault: boolean;
  /** A change to the view is in flight (its delete: the row stays until the storage said yes). */
  busy?: boolean | undefined;
  /** Why the last change to this view failed, in the log's language. */
  error?: string | undefined;
  shareUrl: () => string;
  onApply: () => void;
  /** Whether the rename was saved; when it was not, the name field stays open with what was typed. */
  onRename: (name: string) => Promise<boolean>;
  /** The rename was left (Escape): its failure, if any, is no longer news. */
  onRenameCancel: () => void;
  onDelete: () => void;
  onDefault: (on: boolean) => void;
}

/** One view in the manage dialog: apply, default, share link; rename and delete for the user's own. */
export function ViewRow({
  view,
  isDefault,
  busy,
  error,
  shareUrl,
  onApply,
  onRename,
  onRenameCancel,
  onDelete,
  onDefault,
}: ViewRowProps) {
  const { messages } = useAuditUi();
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const [link, setLink] = useState<string | undefined>(undefined);
  const renameId = useId();
  const linkId = useId();
  const errorId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  // Whether the link is on the clipboard, said next to its button as the details' Copy button says it.
  const [copyStatus, announceCopy] = useAnnouncement();
  const copyLink = async () => {
    const url = shareUrl();
    // The link also shows in a field, to copy by hand when the clipboard is not allowed (iframes, http).
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      announceCopy(messages.copied);
    } catch {
      announceCopy(messages.copyFailed);
    }
  };
  // The name field and its Save leave once the rename is saved: focus goes to the Rename button that started it,
  // not to the page's body behind the modal dialog. A refused rename (a name too long, a storage down) keeps the
  // field and what was typed in it, marked invalid and described by the reason.
  const saveName = () => {
    void onRename(renaming ?? view.name).then((saved) => {
      if (saved) leaveRename();
    });
  };
  const leaveRename = () => {
    renameButton.current?.focus();
    setRenaming(undefined);
  };
  return (
    <li
      data-slot="audit-view-row"
      className="auditkit-view-row"
      data-predefined={view.predefined || undefined}
      aria-busy={busy || undefined}
    >
      {renaming === undefined ? (
        <span data-slot="audit-view-name" className="auditkit-view-name">
          {view.name}
        </span>
      ) : (
        // A group, not a <form>: inside a host page's own form, Save submitted the host's (submitOnEnter).
        <div role="group" data-slot="audit-view-rename" className="auditkit-view-rename">
          <label htmlFor={renameId} data-slot="audit-visually-hidden" className="auditkit-visually-hidden">
            {messages.viewRenameLabel(view.name)}
          </label>
          <input
            id={renameId}
            value={renaming}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(event) => setRenaming(event.target.value)}
            onKeyDown={(event) => {
              submitOnEnter(event, saveName);
              // Escape leaves the rename, the name as it was, and not the dialog (a refused rename's way out).
              if (event.key !== 'Escape') return;
              // Escape during an input method's composition (Japanese, Chinese, Korean) cancels the composition,
              // not the rename: leaving here would lose the name typed so far (keyCode 229: Safari's end of it).
              if (event.nativeEvent.isComposing || event.keyCode === 229) return;
              event.preventDefault();
              event.stopPropagation();
              leaveRename();
              onRenameCancel();
            }}
          />
          <button type="button" onClick={saveName}>
            {messages.viewsSave}
          </button>
        </div>
      )}
      <span data-slot="audit-view-actions" className="auditkit-view-actions">
        <button type="button" onClick={onApply} aria-label={messages.viewApply(view.name)}>
          {messages.apply}
        </button>
        <button
          type="button"
          aria-pressed={isDefault}
          aria-label={messages.viewSetDefault(view.name)}
          onClick={() => onDefault(!isDefault)}
        >
          {messages.viewDefault}
        </button>
        {/* Laid out as the details' Copy button is, its status beside it. */}
        <span data-slot="audit-copy" className="auditkit-copy">
          <button type="button" aria-label={messages.viewCopyLink(view.name)} onClick={() => void copyLink()}>
            {messages.viewLink}
          </button>
          {/* There once a link was asked for (in the tree, empty, a frame before its words, as `useAnnouncement`
              fills it): the dialog's own status region stays the only one until then. */}
          {link === undefined ? null : <span role="status">{copyStatus}</span>}
        </span>
        {view.predefined ? null : (
          <>
            <button
              ref={renameButton}
              type="button"
              aria-label={messages.viewRename(view.name)}
              onClick={() => setRenaming(view.name)}
            >
              {messages.viewRenameShort}
            </button>
            <button
              type="button"
              // Where focus goes when a neighbouring view is deleted (useViewRemovalFocus).
              data-action="delete"
              aria-label={messages.viewDelete(view.name)}
              onClick={onDelete}
            >
              {messages.viewDeleteShort}
            </button>
          </>
        )}
      </span>
      {error ? (
        <p id={errorId} role="alert" data-slot="audit-field-error" className="auditkit-field-error">
          {error}
        </p>
      ) : null}
      {link ? (
        <span data-slot="audit-view-link" className="auditkit-view-link">
          <label htmlFor={linkId}>{messages.viewLinkLabel(view.name)}</label>
          <input
            id={linkId}
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
            // Enter in a host page's form field submits it (implicit submission), a read-only one too: not here.
            onKeyDown={(event) => submitOnEnter(event, () => {})}
          />
        </span>
      ) : null}
    </li>
  );
}
