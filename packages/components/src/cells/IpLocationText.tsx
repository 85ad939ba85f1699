import { useIpLocation, valueToText } from '@auditkit/headless';
import { useAuditUi } from '../context/useAuditUi.ts';

/** Props of {@link IpLocationText}. */
export interface IpLocationTextProps {
  /** The event's IP value (any type: odd values are shown, not looked up). */
  value: unknown;
}

const looksLikeIp = (text: string) => /^[0-9a-f.:]+$/i.test(text) && text.length <= 45;

/**
 * "City, Country" of an IP, looked up when this is rendered (i.e. when the user opened a disclosure or the
 * details panel) and cached per IP by `useIpLocation`, never one request per row on render.
 */
export function IpLocationText({ value }: IpLocationTextProps) {
  const { messages } = useAuditUi();
  const ip = valueToText(value).trim();
  const valid = looksLikeIp(ip);
  const location = useIpLocation(valid ? ip : undefined);
  let text: string;
  if (!valid) text = messages.ipLocationUnknown;
  else if (location.isPending) text = messages.ipLocationLoading;
  else if (location.isError) text = messages.ipLocationError;
  else {
    const parts = [location.data?.city, location.data?.country_name].filter((part): part is string =>
      Boolean(part),
    );
    text = parts.length ? parts.join(', ') : messages.ipLocationUnknown;
  }
  return (
    <span
      data-slot="audit-ip-location"
      className="auditkit-ip-location"
      data-state={location.isPending && valid ? 'loading' : 'idle'}
    >
      {text}
    </span>
  );
}
