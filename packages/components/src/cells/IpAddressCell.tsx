import { useContext, useEffect, useState, type ReactNode } from 'react';
import { UNSHOWABLE_VALUE, valueToText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';
import { DisclosureScope, DisclosureScopeContext } from './DisclosureScope.tsx';
import { IpLocationText } from './IpLocationText.tsx';
import { useCanLocateIp } from './useCanLocateIp.ts';

/** Props of {@link IpAddressCell}. */
export interface IpAddressCellProps {
  value: unknown;
  /** Identifies this cell within its {@link DisclosureScope} (the table passes row and column). @default 'ip' */
  cellKey?: string | undefined;
}

/**
 * An IP address with a "Location of …" disclosure. The location is requested only when the user opens it
 * (then cached per IP), unlike portals that ask for every row on render. Without an `AuditProvider` whose client
 * can look IPs up, only the address shows.
 *
 * @example
 * ```tsx
 * <IpAddressCell value="203.0.113.7" />
 * ```
 */
export function IpAddressCell({ value, cellKey = 'ip' }: IpAddressCellProps) {
  const { messages } = useAuditUi();
  const scope = useContext(DisclosureScopeContext);
  const canLocate = useCanLocateIp();
  const ip = valueToText(value).trim();
  if (!ip) return null;
  // A value too deep to show is no address: said in the log's language, with nothing to locate.
  if (ip === UNSHOWABLE_VALUE)
    return (
      <span data-slot="audit-ip-value" className="auditkit-ip-value">
        {messages.unshowableValue}
      </span>
    );
  // A disclosure that can only fail is not offered.
  if (!canLocate)
    return (
      <span data-slot="audit-ip" className="auditkit-ip">
        <span data-slot="audit-ip-value" className="auditkit-ip-value">
          {ip}
        </span>
      </span>
    );
  if (!scope)
    return (
      <DisclosureScope>
        <IpAddressCell value={value} cellKey={cellKey} />
      </DisclosureScope>
    );
  const open = scope.isOpen(cellKey);
  const id = scope.idFor(cellKey, 'ip');
  return (
    <span data-slot="audit-ip" className="auditkit-ip" data-state={open ? 'open' : 'closed'}>
      <span data-slot="audit-ip-value" className="auditkit-ip-value">
        {ip}
      </span>
      {/* The pin is drawn by CSS: an SVG icon in every row was two more elements a row to create, style,
          lay out and remove (bench/profile.mjs filter). */}
      <button
        type="button"
        data-slot="audit-disclosure"
        className="auditkit-disclosure"
        aria-expanded={open}
        // Only while the status below is there: created (empty) in the same render that opens it.
        aria-controls={open ? id : undefined}
        aria-label={messages.ipLocation(ip)}
        onClick={() => scope.toggle(cellKey)}
      />
      {/* Created when opened, like the details row the expand button controls: nothing to hide in every row. */}
      {open ? (
        <AnnouncedOnOpen id={id}>
          <IpLocationText value={ip} />
        </AnnouncedOnOpen>
      ) : null}
    </span>
  );
}

/**
 * The opened location as a polite status, so a screen reader hears it ("Looking up…", then the place) while focus
 * stays on the button: its `aria-controls` alone is not followed. A region is heard only when what it holds
 * changes after it is there, so it is created empty and filled a frame later.
 */
function AnnouncedOnOpen({ id, children }: { id: string; children: ReactNode }) {
  const [filled, setFilled] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setFilled(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <span id={id} role="status">
      {filled ? children : null}
    </span>
  );
}
