import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveTimeZone } from './effectiveTimeZone.ts';

const runtimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const realDateTimeFormat = Intl.DateTimeFormat;

afterEach(() => {
  Intl.DateTimeFormat = realDateTimeFormat;
  vi.restoreAllMocks();
});

describe('effectiveTimeZone', () => {
  it("reads 'local' as the provider's local zone, or the runtime's without one", () => {
    expect(effectiveTimeZone('local', 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(effectiveTimeZone('local')).toBe(runtimeZone);
    // An empty local zone is none, as before hydration with no server zone.
    expect(effectiveTimeZone('local', '')).toBe(runtimeZone);
  });

  it('returns a named zone as given, whatever the local zone', () => {
    expect(effectiveTimeZone('Europe/Paris', 'Asia/Tokyo')).toBe('Europe/Paris');
    expect(effectiveTimeZone('UTC', 'Asia/Tokyo')).toBe('UTC');
  });

  it('reads an unknown zone, a chosen one or the local one, as UTC and warns once per zone', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(effectiveTimeZone('Europe/Parisss')).toBe('UTC');
    expect(effectiveTimeZone('Europe/Parisss', 'Asia/Tokyo')).toBe('UTC');
    expect(effectiveTimeZone('local', 'Mars/Olympus_Mons')).toBe('UTC');
    // Not headless's resolveAuditTimeZone, which reads '' as the runtime's zone.
    expect(effectiveTimeZone('')).toBe('UTC');
    const about = (zone: string) => warn.mock.calls.filter(([text]) => String(text).includes(`"${zone}"`));
    expect(about('Europe/Parisss')).toHaveLength(1);
    expect(about('Mars/Olympus_Mons')).toHaveLength(1);
    expect(String(about('Europe/Parisss')[0]![0])).toMatch(/shown in UTC/);
  });

  it('builds no Intl formatter once a zone has been seen: it runs for every row on every render', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const zones: Array<[string, string?]> = [
      ['local'],
      ['local', 'Asia/Tokyo'],
      ['Europe/Paris'],
      ['Nowhere/Zone'],
    ];
    for (const [zone, local] of zones) effectiveTimeZone(zone, local);
    let built = 0;
    Intl.DateTimeFormat = new Proxy(realDateTimeFormat, {
      construct(target, args) {
        built += 1;
        return Reflect.construct(target, args);
      },
      apply(target, self, args) {
        built += 1;
        return Reflect.apply(target, self, args);
      },
    });
    for (let i = 0; i < 100; i += 1) for (const [zone, local] of zones) effectiveTimeZone(zone, local);
    expect(built).toBe(0);
  });
});
