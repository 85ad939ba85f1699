import { isBranch, JsonTreeNode } from './JsonTreeNode.tsx';
import { sameJson } from './sameJson.ts';
import { ShowMoreEntries } from './ShowMoreEntries.tsx';
import { useShownEntries } from './useShownEntries.ts';

/** Props of {@link JsonTreeEntries}. */
export interface JsonTreeEntriesProps {
  /** The branch whose entries these are. */
  value: Record<string, unknown> | unknown[];
  /** Depth of the entries (1 for the root's). */
  depth: number;
  openDepth: number;
  /** Keys marked changed (a host's own list, for the root). */
  changed?: ReadonlySet<string> | undefined;
  /**
   * The branch at the same place on the other side of a before/after pair: an entry whose value differs from
   * its own key's there (or which it lacks) is marked.
   */
  other?: Readonly<Record<string, unknown>> | readonly unknown[] | undefined;
}

/**
 * Whether an entry differs from the other side, and the other side's branch to compare its own entries with: only
 * where both are branches, so a value that changed kind (or was added) is marked itself, not each key inside it.
 * Computed for the shown entries only, and only below a changed key: an unchanged branch has nothing to mark.
 */
function compared(
  key: string,
  item: unknown,
  other: JsonTreeEntriesProps['other'],
): { changed: boolean; other?: JsonTreeEntriesProps['other'] | undefined } {
  if (other === undefined) return { changed: false };
  // Own keys only: a payload's `__proto__` or `constructor` is compared with the other side's, never Object's.
  const has = Object.hasOwn(other, key);
  const there = has ? (other as Record<string, unknown>)[key] : undefined;
  if (has && sameJson(item, there)) return { changed: false };
  return { changed: true, other: isBranch(item) && isBranch(there) ? there : undefined };
}

/**
 * The entries of one open branch, as list items of its list: the first slice of them (`jsonTreeSliceSize`), then a
 * "Show more" button in an item of its own for the next slice while any are left (a tenant's payload may hold
 * 50,000). Only the shown entries are read from the branch; the size beside its key counts them all.
 */
export function JsonTreeEntries({ value, depth, openDepth, changed, other }: JsonTreeEntriesProps) {
  const keys = Array.isArray(value) ? undefined : Object.keys(value);
  const total = keys ? keys.length : (value as unknown[]).length;
  const shown = useShownEntries(total);
  const { count, left, focusAt, focusRef } = shown;
  const entries = keys
    ? keys.slice(0, count).map((key) => [key, (value as Record<string, unknown>)[key]] as const)
    : (value as unknown[]).slice(0, count).map((item, index) => [String(index), item] as const);
  return (
    <>
      {entries.map(([key, item], index) => {
        const diff = compared(key, item, other);
        return (
          <JsonTreeNode
            key={key}
            name={key}
            value={item}
            depth={depth}
            openDepth={openDepth}
            changed={(changed?.has(key) ?? false) || diff.changed}
            other={diff.other}
            focusRef={index === focusAt ? focusRef : undefined}
          />
        );
      })}
      {left > 0 ? (
        <li>
          <ShowMoreEntries shown={shown} data-slot="audit-json-more" className="auditkit-json-more" />
        </li>
      ) : null}
    </>
  );
}
