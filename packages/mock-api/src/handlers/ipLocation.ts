import { hashString } from '../dataset/random.ts';

/** The answer of `GET /metadata/ip/{ip}` and `/metadata/ipme`, in the shape of Frontegg's `IMetadataIp`. */
export interface IpLocation {
  ip: string;
  city: string | null;
  country_name: string | null;
  country_code: string | null;
  zip: string | null;
  latitude: number;
  longitude: number;
  location: { country_flag?: string | null | undefined; country_flag_emoji?: string | null | undefined };
}

const places = [
  ['London', 'United Kingdom', 'GB', 'EC1A', 51.5072, -0.1276],
  ['Dublin', 'Ireland', 'IE', 'D02', 53.3498, -6.2603],
  ['Berlin', 'Germany', 'DE', '10115', 52.52, 13.405],
  ['Tel Aviv', 'Israel', 'IL', '61000', 32.0853, 34.7818],
  ['Dubai', 'United Arab Emirates', 'AE', null, 25.2048, 55.2708],
  ['New York', 'United States', 'US', '10001', 40.7128, -74.006],
  ['São Paulo', 'Brazil', 'BR', '01000-000', -23.5558, -46.6396],
  ['Sydney', 'Australia', 'AU', '2000', -33.8688, 151.2093],
  ['Tokyo', 'Japan', 'JP', '100-0001', 35.6762, 139.6503],
] as const;

/** The flag emoji of a two-letter country code (regional indicator symbols). */
function flagEmoji(code: string): string {
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const ipv4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** Whether `text` is an IPv4 or IPv6 address. */
export function isIpAddress(text: string): boolean {
  if (ipv4.test(text)) return true;
  if (!/^[0-9A-Fa-f:.]+$/.test(text) || !text.includes(':') || text.length > 45) return false;
  try {
    return new URL(`http://[${text}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

const privateV4 = /^(?:10\.|127\.|192\.168\.|169\.254\.|172\.(?:1[6-9]|2\d|3[01])\.)/;

/**
 * Whether an address is private, loopback or link-local, in any spelling: IPv6 is read into its one canonical form
 * first (`0:0:0:0:0:0:0:1` is `::1`, `::ffff:10.0.0.1` is the IPv4 address it maps), so no spelling of a private
 * address gets a made-up city.
 */
function isPrivateAddress(ip: string): boolean {
  if (ipv4.test(ip)) return privateV4.test(ip);
  let host: string;
  try {
    host = new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  } catch {
    return false;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const high = parseInt(mapped[1]!, 16);
    const low = parseInt(mapped[2]!, 16);
    return privateV4.test(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  // Loopback, unspecified, unique local (fc00::/7) and link-local (fe80::/10).
  return (
    host === '::1' || host === '::' || /^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)
  );
}

/** A stable made-up location for an IP; private, loopback and link-local addresses say so. */
export function locateIp(ip: string): IpLocation {
  if (isPrivateAddress(ip)) {
    return {
      ip,
      city: 'Private network',
      country_name: 'Private network',
      country_code: null,
      zip: null,
      latitude: 0,
      longitude: 0,
      location: { country_flag: null, country_flag_emoji: null },
    };
  }
  const [city, country_name, country_code, zip, latitude, longitude] =
    places[hashString(ip) % places.length]!;
  return {
    ip,
    city,
    country_name,
    country_code,
    zip,
    latitude,
    longitude,
    location: { country_flag_emoji: flagEmoji(country_code) },
  };
}
