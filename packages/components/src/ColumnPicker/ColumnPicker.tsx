import type { ColumnsOverLimitReason } from '@auditkit/headless';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { AuditStateScope } from '../AuditStateProvider/AuditStateScope.tsx';
import { useAuditState } from '../AuditStateProvider/useAuditState.ts';
import { useAuditUi } from '../context/useAuditUi.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import { Icon } from '../ui/Icon.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { Popover } from '../ui/Popover.tsx';
import { useAnnouncement } from '../ui/useAnnouncement.ts';
import { useSettledValue } from '../ui/useSettledValue.ts';
import { viewErrorText } from '../ui/viewErrorText.ts';
import { columnMatchText } from './columnMatchText.ts';

// The filter field shows from this many columns: Frontegg's own columns and a vendor's few (ten in all by default)
// are read at a glance and stay a plain list; past a dozen, finding one means reading (or tabbing through three
// controls of) every other, and a wide schema has hundreds.
const filterFrom = 13;
// How long typing pauses before the number of matches is said: not every keystroke's.
const settleMs = 500;

/** Which control of a column's item had focus when it moved, to give it back there. */
type Control = 'up' | 'down' | 'check';

/**
 * Show, hide and reorder columns in a popover: a checkbox per column, "Move up/down" buttons (and drag and
 * drop), Home and End on a column's controls to move it to the top or the bottom, each move announced ("Action
 * moved to position 2 of 8"), and "Reset columns" ("Columns reset"). More than a dozen columns get a field that
 * narrows the list by display or column name; a move among the matches moves the column past the match it
 * passes. Choices persist per tenant and user through `useColumnPreferences` (a change the storage refuses is said
 * not saved); the export follows them.
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
  // A move (or a refused change) said, through a region emptied first so the same words twice are said twice (two
  // refusals in a row); until the next search, the region says that, not the number of matches.
  const [announcement, announce] = useAnnouncement();
  const [moveSaid, setMoveSaid] = useState(false);
  const say = (text: string) => {
    setMoveSaid(true);
    announce(text);
  };
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const refocus = useRef<{ name: string; control: Control } | null>(null);
  const listRef = useRef<HTMLUListElement | null>(null);
  const hintId = useId();
  const columns = preferences.columns;
  const filterable = columns.length >= filterFrom;
  // A change the browser's storage refused (full) still shows, on this page only: without a word, the user found
  // their columns gone on the next visit. The storage-full wording is the views'; another error is said as thrown.
  const notSaved =
    preferences.saveError === undefined ? '' : viewErrorText(preferences.saveError, messages, locale);

  // Each column with its place in the full order, and its names as the filter compares them.
  const searchable = useMemo(
    () =>
      columns.map((column, index) => ({
        column,
        index,
        text: [columnMatchText(column.displayName), columnMatchText(column.name)],
      })),
    [columns],
  );
  const needle = filterable ? columnMatchText(query.trim()) : '';
  const shown = needle
    ? searchable.filter(({ text }) => text.some((part) => part.includes(needle)))
    : searchable;
  // The number of matches, once typing has paused (a move said since then is the newer news, and wins).
  const settledQuery = useSettledValue(query, settleMs);
  const matchesSaid =
    needle && settledQuery === query
      ? shown.length === 0
        ? messages.noColumnMatches
        : messages.columnMatches(formatNumber(shown.length, locale), shown.length)
      : '';

  // Moving a list item re-inserts its DOM node, which drops focus; put it back on the moved item's button.
  useEffect(() => {
    const target = refocus.current;
    const list = listRef.current;
    if (!target || !list) return;
    refocus.current = null;
    const item = list.querySelector(`[data-column="${CSS.escape(target.name)}"]`);
    const checkbox = item?.querySelector<HTMLInputElement>('input:not(:disabled)');
    const preferred = item?.querySelector<HTMLButtonElement>(
      `[data-move="${target.control}"]:not(:disabled)`,
    );
    const other = item?.querySelector<HTMLButtonElement>(`[data-move]:not(:disabled)`);
    (target.control === 'check' ? checkbox : (preferred ?? other ?? checkbox))?.focus();
  });

  // Said in the panel it was made in: the next opening's status starts empty (see OnUnmount); the next opening
  // shows every column again, not a list narrowed for a search the user has left.
  const clearOnClose = useCallback(() => {
    setMoveSaid(false);
    announce('');
    setQuery('');
  }, [announce]);

  // A change a link could not carry back (hundreds of columns out of the vendor's order, with the URL state on)
  // is refused by the preferences and said here: announced as made, it was not, and nothing said why.
  const refused = (reason: ColumnsOverLimitReason | undefined) => {
    if (reason) say(messages.columnsNotChanged(formatNumber(reason.limit, locale)));
    return reason !== undefined;
  };

  const move = (name: string, displayName: string, to: number, control: Control) => {
    if (refused(preferences.move(name, to))) return;
    refocus.current = { name, control };
    say(messages.movedTo(displayName, formatNumber(to + 1, locale), formatNumber(columns.length, locale)));
  };

  // Home and End on any control of a column's item move it to the top or the bottom of the whole order: one press
  // where the buttons take one per place (299 for the last of 300), with no more Tab stops. Neither key does
  // anything on a checkbox or a button, so none is taken from the user.
  const moveToEnd = (event: KeyboardEvent, name: string, displayName: string, index: number) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? columns.length - 1 : -1;
    if (to < 0) return;
    event.preventDefault();
    const control = (event.target as HTMLElement).closest<HTMLElement>('[data-move]')?.dataset.move;
    if (to !== index) move(name, displayName, to, control === 'up' || control === 'down' ? control : 'check');
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
            {filterable ? (
              <>
                <label data-slot="audit-column-filter" className="auditkit-column-filter">
                  {messages.filterColumns}
                  <input
                    type="search"
                    value={query}
                    aria-describedby={hintId}
                    autoComplete="off"
                    spellCheck={false}
                    onChange={(event) => {
                      setQuery(event.target.value);
                      // What the list now holds is the news; the last move is not.
                      setMoveSaid(false);
                    }}
                  />
                </label>
                <div id={hintId} data-slot="audit-option-hint" className="auditkit-option-hint">
                  {messages.columnMoveKeys}
                </div>
              </>
            ) : null}
            {shown.length === 0 ? (
              <div data-slot="audit-option-hint" className="auditkit-option-hint">
                {messages.noColumnMatches}
              </div>
            ) : (
              <ul data-slot="audit-column-list" className="auditkit-column-list" ref={listRef}>
                {shown.map(({ column, index }, place) => (
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
                    onKeyDown={(event) => moveToEnd(event, column.name, column.displayName, index)}
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
                        // The checkbox says its own state; the region keeps what it said (said again, the number of
                        // matches would be old news).
                        onChange={() => refused(preferences.toggle(column.name))}
                      />
                      <span>{column.displayName}</span>
                    </label>
                    {/* One step past the column above or below in the list shown: among matches, the column takes the
                    place of the match it passes in the full order, the others keeping theirs. */}
                    <button
                      type="button"
                      data-variant="ghost"
                      data-move="up"
                      aria-label={messages.moveUp(column.displayName)}
                      aria-describedby={filterable ? hintId : undefined}
                      disabled={place === 0}
                      onClick={() => move(column.name, column.displayName, shown[place - 1]!.index, 'up')}
                    >
                      <Icon name="arrowUp" />
                    </button>
                    <button
                      type="button"
                      data-variant="ghost"
                      data-move="down"
                      aria-label={messages.moveDown(column.displayName)}
                      aria-describedby={filterable ? hintId : undefined}
                      disabled={place === shown.length - 1}
                      onClick={() => move(column.name, column.displayName, shown[place + 1]!.index, 'down')}
                    >
                      <Icon name="arrowDown" />
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {/* Said, as a move is: focus stays on the button, and nothing else in the dialog shows the change. */}
            <button
              type="button"
              onClick={() => {
                preferences.reset();
                say(messages.columnsReset);
              }}
            >
              {messages.resetColumns}
            </button>
            {notSaved ? <NotSaved text={notSaved} /> : null}
            <LiveRegion message={moveSaid ? announcement : matchesSaid} />
            <OnUnmount run={clearOnClose} />
          </>
        )}
      </Popover>
    </>
  );
}

/**
 * Says that a change was not saved, in sight and in a polite live region: present (empty) before its words come,
 * as a region added with them already in is not reliably read.
 */
function NotSaved({ text }: { text: string }) {
  const [said, announce] = useAnnouncement();
  useEffect(() => {
    announce(text);
  }, [announce, text]);
  return (
    <p role="status" data-slot="audit-field-error" className="auditkit-field-error">
      {said}
    </p>
  );
}

/** Runs `run` when the panel's content leaves (the panel closed). */
function OnUnmount({ run }: { run: () => void }) {
  useEffect(() => run, [run]);
  return null;
}
