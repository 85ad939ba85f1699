import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { valueToText } from '../ui/valueToText.ts';

/** Whether a JSON value has children (object or array). */
export function isBranch(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
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
}

/** One key of a JSON tree: a leaf as text, or a branch behind a toggle button that reports `aria-expanded`. */
export function JsonTreeNode({
  name,
  value,
  depth,
  openDepth,
  changed,
}: {
  name: string;
  value: unknown;
  depth: number;
  openDepth: number;
  changed: boolean;
}) {
  const { messages } = useAuditUi();
  const [open, setOpen] = useState(depth < openDepth);
  const id = useId();
  const mark = changed ? { 'data-slot': 'audit-changed' } : {};
  if (!isBranch(value)) {
    return (
      <li>
        <span data-slot="audit-json-key">{name}</span>:{' '}
        <span data-slot="audit-json-value" {...mark}>
          {JSON.stringify(value) ?? valueToText(value)}
        </span>
      </li>
    );
  }
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  return (
    <li>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={messages.expandNode(name)}
        onClick={() => setOpen((was) => !was)}
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} />
      </button>
      <span data-slot="audit-json-key" {...mark}>
        {name}
      </span>{' '}
      <span>{summary(value)}</span>
      <ul id={id} hidden={!open} data-slot="audit-json-tree">
        {open
          ? entries.map(([key, item]) => (
              <JsonTreeNode
                key={key}
                name={key}
                value={item}
                depth={depth + 1}
                openDepth={openDepth}
                changed={false}
              />
            ))
          : null}
      </ul>
    </li>
  );
}
