import { revealHiddenText, valueToText } from '@auditkit/headless';
import { useId, useState } from 'react';
import type { RefCallback } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { VisuallyHidden } from '../ui/VisuallyHidden.tsx';
import { JsonTreeEntries, type JsonTreeEntriesProps } from './JsonTreeEntries.tsx';

/** Whether a JSON value has children (object or array). */
export function isBranch(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/**
 * A leaf as JSON text (strings quoted). A bigint, which a host's own payload may hold, is written by
 * `valueToText`: `JSON.stringify` throws on it, and would fail the whole details panel.
 */
function leafText(value: unknown): string {
  return revealHiddenText(
    (typeof value === 'bigint' ? undefined : JSON.stringify(value)) ?? valueToText(value),
  );
}

/** `{3}` or `[2]`: the size of a branch, shown next to its key. */
function summary(value: Record<string, unknown> | unknown[]): string {
  return Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`;
}

/** Props of {@link JsonTreeNode}. */
export interface JsonTreeNodeProps {
  name: string;
  value: unknown;
  depth: number;
  openDepth: number;
  changed: boolean;
  /** This branch on the other side of a before/after pair, where it differs: its own changed keys are marked. */
  other?: JsonTreeEntriesProps['other'] | undefined;
  /**
   * Set on the first entry a "Show more" press added when it was the last slice, so focus can move there as the
   * button leaves: the branch's toggle, or a leaf's item, which only then can take focus (from script, not Tab).
   */
  focusRef?: RefCallback<HTMLElement> | undefined;
}

/** One key of a JSON tree: a leaf as text, or a branch behind a toggle button that reports `aria-expanded`. */
export function JsonTreeNode({ name, value, depth, openDepth, changed, other, focusRef }: JsonTreeNodeProps) {
  const { messages } = useAuditUi();
  const [open, setOpen] = useState(depth < openDepth);
  const id = useId();
  const shownName = revealHiddenText(name);
  // The state rides on its own attribute, so the value keeps its slot (wrapping, left-to-right isolation); the
  // highlight is colour, so a reader is told in words too (WCAG 1.4.1), after the value, in the message's direction.
  const mark = changed ? { 'data-changed': '' } : {};
  const said = changed ? (
    <>
      {' '}
      <VisuallyHidden>{messages.jsonChanged}</VisuallyHidden>
    </>
  ) : null;
  if (!isBranch(value)) {
    return (
      <li ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
        <span data-slot="audit-json-key" className="auditkit-json-key">
          {shownName}
        </span>
        :{' '}
        <span data-slot="audit-json-value" className="auditkit-json-value" {...mark}>
          {leafText(value)}
        </span>
        {said}
      </li>
    );
  }
  return (
    <li>
      <button
        ref={focusRef}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={messages.expandNode(shownName)}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} />
      </button>
      <span data-slot="audit-json-key" className="auditkit-json-key" {...mark}>
        {shownName}
      </span>
      {said} <span>{summary(value)}</span>
      <ul id={id} hidden={!open} data-slot="audit-json-tree" className="auditkit-json-tree">
        {open ? (
          <JsonTreeEntries value={value} depth={depth + 1} openDepth={openDepth} other={other} />
        ) : null}
      </ul>
    </li>
  );
}
