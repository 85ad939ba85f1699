import { JsonTreeNode } from './JsonTreeNode.tsx';
import { ShowMoreEntries } from './ShowMoreEntries.tsx';
import { useShownEntries } from './useShownEntries.ts';

/** Props of {@link JsonTreeEntries}. */
export interface JsonTreeEntriesProps {
  /** The branch whose entries these are. */
  value: Record<string, unknown> | unknown[];
  /** Depth of the entries (1 for the root's). */
  depth: number;
  openDepth: number;
  /** Keys marked changed (the root of a before/after pair). */
  changed?: ReadonlySet<string> | undefined;
}

/**
 * The entries of one open branch, as list items of its list: the first slice of them (`jsonTreeSliceSize`), then a
 * "Show more" button in an item of its own for the next slice while any are left (a tenant's payload may hold
 * 50,000). Only the shown entries are read from the branch; the size beside its key counts them all.
 */
export function JsonTreeEntries({ value, depth, openDepth, changed }: JsonTreeEntriesProps) {
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const total = keys ? keys.length : (value as unknown[]).length;
  const shown = useShownEntries(total);
  const { count, left, focusAt, focusRef } = shown;
  const entries = keys
    ? keys.slice(0, count).map((key) => [key, (value as Record<string, unknown>)[key]] as const)
    : (value as unknown[]).slice(0, count).map((item, index) => [String(index), item] as const);
  return (
    <>
      {entries.map(([key, item], index) => (
        <JsonTreeNode
          key={key}
          name={key}
          value={item}
          depth={depth}
          openDepth={openDepth}
          changed={changed?.has(key) ?? false}
          focusRef={index === focusAt ? focusRef : undefined}
        />
      ))}
      {left > 0 ? (
        <li>
          <ShowMoreEntries shown={shown} data-slot="audit-json-more" className="auditkit-json-more" />
        </li>
      ) : null}
    </>
  );
}
