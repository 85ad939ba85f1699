import { useId, useState } from 'react';
import { useAuditUi } from '../context/useAuditUi.ts';
import { Icon } from '../ui/Icon.tsx';
import { valueToText } from '../ui/valueToText.ts';

/** Props of {@link JsonTree}. */
export interface JsonTreeProps {
  value: unknown;
  /** Keys whose values differ from the other side of a before/after pair; marked for the reader. */
  changed?: ReadonlySet<string>;
  /** Levels open at first. @default 2 */
  openDepth?: number;
}

function isBranch(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

function summary(value: Record<string, unknown> | unknown[]): string {
  return Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`;
}

function Node({
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
              <Node
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

/**
 * A JSON payload as a collapsible tree of text (never markup). Branches toggle with buttons that report
 * `aria-expanded`.
 *
 * @example
 * <JsonTree value={event.json} />
 */
export function JsonTree({ value, changed, openDepth = 2 }: JsonTreeProps) {
  if (!isBranch(value)) return <span data-slot="audit-json-value">{valueToText(value)}</span>;
  const entries = Array.isArray(value)
    ? value.map((item, index) => [String(index), item] as const)
    : Object.entries(value);
  return (
    <ul data-slot="audit-json-tree" data-root="">
      {entries.map(([key, item]) => (
        <Node
          key={key}
          name={key}
          value={item}
          depth={1}
          openDepth={openDepth}
          changed={changed?.has(key) ?? false}
        />
      ))}
    </ul>
  );
}
