import { useCallback, useEffect, useRef, useState } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { Icon } from '../ui/Icon.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { Popover } from '../ui/Popover.tsx';

/**
 * Show, hide and reorder columns in a popover: a checkbox per column, "Move up/down" buttons (and drag and
 * drop), each move announced ("Action moved to position 2 of 8"), and "Reset columns". Choices persist per
 * tenant and user through `useColumnPreferences`; the export follows them.
 *
 * @example
 * ```tsx
 * <ColumnPicker />
 * ```
 */
export function ColumnPicker() {
  return (
    <AuditStateScope>
      <ColumnPickerContent />
    </AuditStateScope>
  );
}

function ColumnPickerContent() {
  const { messages, locale } = useAuditUi();
  const { preferences } = useAuditState();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const refocus = useRef<{ name: string; direction: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const columns = preferences.columns;

  // Moving a list item re-inserts its DOM node, which drops focus; put it back on the moved item's button.
  useEffect(() => {
    const target = refocus.current;
    const list = listRef.current;
    if (!target || !list) return;
    refocus.current = null;
    const item = list.querySelector(`[data-column="${CSS.escape(target.name)}"]`);
    const preferred = item?.querySelector<HTMLButtonElement>(
      `[data-move="${target.direction}"]:not(:disabled)`,
    );
    const other = item?.querySelector<HTMLButtonElement>(`[data-move]:not(:disabled)`);
    (preferred ?? other)?.focus();
  });

  // Said in the panel it was made in: the next opening's status starts empty (see OnUnmount).
  const clearAnnouncement = useCallback(() => setAnnouncement(''), []);

  const move = (name: string, displayName: string, to: number, direction: 'up' | 'down') => {
    preferences.move(name, to);
    refocus.current = { name, direction };
    setAnnouncement(
      messages.movedTo(displayName, formatNumber(to + 1, locale), formatNumber(columns.length, locale)),
    );
  };

  return (
    <>
      <Popover
        label={messages.columns}
        icon="columns"
        title={messages.columnsTitle}
        slot="audit-column-picker-trigger"
      >
        {() => (
          <>
            <ul data-slot="audit-column-list" className="auditkit-column-list" ref={listRef}>
              {columns.map((column, index) => (
                <li
                  key={column.name}
                  data-slot="audit-column-item"
                  className="auditkit-column-item"
                  data-column={column.name}
                  data-dragging={dragging === column.name ? '' : undefined}
                  // Where the column would land: after this item when it comes from above (the line at the
                  // bottom edge), before it when it comes from below (the top edge).
                  data-drop-target={
                    dropTarget === column.name && dragging !== column.name
                      ? columns.findIndex((item) => item.name === dragging) < index
                        ? 'after'
                        : 'before'
                      : undefined
                  }
                  draggable
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', column.name);
                    setDragging(column.name);
                  }}
                  onDragOver={(event) => {
                    event.preventDefault();
                    setDropTarget(column.name);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setDropTarget(null);
                  }}
                  onDrop={(event) => {
                    event.preventDefault();
                    const name = event.dataTransfer.getData('text/plain') || dragging;
                    const from = columns.findIndex((item) => item.name === name);
                    const moved = columns[from];
                    // The column takes this item's place: dragged down it lands after it (the line at its bottom
                    // edge), so the last place can be reached; dragged up, before it (the top edge).
                    if (moved && index !== from)
                      move(moved.name, moved.displayName, index, from < index ? 'down' : 'up');
                    setDragging(null);
                    setDropTarget(null);
                  }}
                >
                  <span
                    data-slot="audit-drag-handle"
                    className="auditkit-drag-handle"
                    aria-hidden="true"
                    title={messages.dragHandle(column.displayName)}
                  >
                    <Icon name="grip" />
                  </span>
                  <label data-slot="audit-option" className="auditkit-option">
                    <input
                      type="checkbox"
                      checked={column.visible}
                      // The last visible column cannot go: a table without columns cannot be fixed from inside.
                      disabled={column.visible && preferences.visibleColumns.length <= 1}
                      onChange={() => preferences.toggle(column.name)}
                    />
                    <span>{column.displayName}</span>
                  </label>
                  <button
                    type="button"
                    data-variant="ghost"
                    data-move="up"
                    aria-label={messages.moveUp(column.displayName)}
                    disabled={index === 0}
                    onClick={() => move(column.name, column.displayName, index - 1, 'up')}
                  >
                    <Icon name="arrowUp" />
                  </button>
                  <button
                    type="button"
                    data-variant="ghost"
                    data-move="down"
                    aria-label={messages.moveDown(column.displayName)}
                    disabled={index === columns.length - 1}
                    onClick={() => move(column.name, column.displayName, index + 1, 'down')}
                  >
                    <Icon name="arrowDown" />
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" onClick={() => preferences.reset()}>
              {messages.resetColumns}
            </button>
            <LiveRegion message={announcement} />
            <OnUnmount run={clearAnnouncement} />
          </>
        )}
      </Popover>
    </>
  );
}

/** Runs `run` when the panel's content leaves (the panel closed). */
function OnUnmount({ run }: { run: () => void }) {
  useEffect(() => run, [run]);
  return null;
}
