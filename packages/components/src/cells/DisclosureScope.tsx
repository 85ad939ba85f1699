import { createContext, useId, useMemo, useState, type ReactNode } from 'react';

/** Open state and element ids of the cell disclosures under one {@link DisclosureScope}. */
export interface DisclosureScopeValue {
  /** Whether the disclosure of this cell key is open. */
  isOpen: (key: string) => boolean;
  /** Opens or closes the disclosure of this cell key. */
  toggle: (key: string) => void;
  /** A document-unique element id for this cell key and part. */
  idFor: (key: string, part: string) => string;
}

/**
 * A cell key (from an event id: any text) as id text that never throws and keeps distinct keys distinct. Every
 * UTF-16 code unit but a letter, digit or `_` becomes `.` and four hex digits, so an id holds no whitespace (which
 * would break IDREFs) and no `-` (which separates the parts). Not `encodeURIComponent`, which throws on a lone
 * surrogate ("\ud800" is valid JSON), nor `toWellFormed()`, which would give "\ud800" and "\udc00" one id.
 */
function idText(key: string): string {
  return key.replace(/[^A-Za-z0-9_]/g, (unit) => `.${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The nearest {@link DisclosureScope}. Cells read it instead of holding `useState`/`useId` each, so mounting
 * hundreds of rows allocates no per-cell state; `null` outside a scope (a cell rendered on its own).
 */
export const DisclosureScopeContext = createContext<DisclosureScopeValue | null>(null);

/**
 * Holds, in one place, which cell disclosures (JSON, IP location) are open and gives cells unique ids. The table
 * renders one; a cell rendered outside any scope makes its own.
 *
 * @example
 * ```tsx
 * <DisclosureScope><JsonCell value={payload} cellKey="e1:json" /></DisclosureScope>
 * ```
 */
export function DisclosureScope({ children }: { children: ReactNode }) {
  const prefix = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const value = useMemo<DisclosureScopeValue>(
    () => ({
      isOpen: (key) => open.has(key),
      toggle: (key) =>
        setOpen((was) => {
          const next = new Set(was);
          if (!next.delete(key)) next.add(key);
          return next;
        }),
      idFor: (key, part) => `${prefix}-${idText(key)}-${part}`,
    }),
    [open, prefix],
  );
  return <DisclosureScopeContext.Provider value={value}>{children}</DisclosureScopeContext.Provider>;
}
