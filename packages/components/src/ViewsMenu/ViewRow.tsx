import type { AuditView } from '@auditkit/headless';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link ViewRow}. */
export interface ViewRowProps {
  view: AuditView;
  isDefault: boolean;
  shareUrl: () => string;
  onApply: () => void;
  onRename: (name: string) => void;
  onDelete: () => void;
  onDefault: (on: boolean) => void;
}

/** One view in the manage dialog: apply, default, share link; rename and delete for the user's own. */
export function ViewRow({ view, isDefault, shareUrl, onApply, onRename, onDelete, onDefault }: ViewRowProps) {
  const { messages } = useAuditUi();
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const [link, setLink] = useState<string | undefined>(undefined);
  const renameId = useId();
  const linkId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  // The name field and its Save leave with the rename: focus goes to the Rename button that started it, not to
  // the page's body behind the modal dialog.
  const saveName = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    renameButton.current?.focus();
    onRename(renaming ?? view.name);
    setRenaming(undefined);
  };
  return (
    <li data-slot="audit-view-row" data-predefined={view.predefined || undefined}>
      {renaming === undefined ? (
        <span data-slot="audit-view-name">{view.name}</span>
      ) : (
        <form onSubmit={saveName}>
          <label htmlFor={renameId} data-slot="audit-visually-hidden">
            {messages.viewRenameLabel(view.name)}
          </label>
          <input
            id={renameId}
            value={renaming}
            autoFocus
            onChange={(event) => setRenaming(event.target.value)}
          />
          <button type="submit">{messages.viewsSave}</button>
        </form>
      )}
      <span data-slot="audit-view-actions">
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
        <button
          type="button"
          aria-label={messages.viewCopyLink(view.name)}
          onClick={() => {
            const url = shareUrl();
            setLink(url);
            // The link also shows in a field, for when the clipboard is not allowed (iframes, http).
            navigator.clipboard?.writeText(url).catch(() => {});
          }}
        >
          {messages.viewLink}
        </button>
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
      {link ? (
        <span data-slot="audit-view-link">
          <label htmlFor={linkId}>{messages.viewLinkLabel(view.name)}</label>
          <input id={linkId} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        </span>
      ) : null}
    </li>
  );
}
