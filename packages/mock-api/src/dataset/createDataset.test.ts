import { describe, expect, it } from 'vitest';
import { createMockAuditApi } from '../handlers/createMockAuditApi.ts';
import { createDataset } from './createDataset.ts';
import { demoTenants } from './demoTenants.ts';
import { hostileStrings } from './hostileStrings.ts';
import type { AuditEvent } from './types.ts';

const now = '2026-06-15T12:00:00.000Z';
const sample = (seed: number, tenantId: string, size: number) => {
  const series = createDataset({ seed, now }).series(tenantId, size)!;
  return Array.from({ length: size }, (_, i) => series.eventAt(i));
};

describe('createDataset', () => {
  it("refuses the removed timeFormat 'iso' (generated events in ISO, created ones not), in its types too", () => {
    // @ts-expect-error -- not an option any more: createdAt is always in Frontegg's format.
    expect(() => createDataset({ now, timeFormat: 'iso' })).toThrow(/timeFormat was removed/);
    // @ts-expect-error -- nor of the api, whose options extend the dataset's.
    expect(() => createMockAuditApi({ now, timeFormat: 'iso' })).toThrow(/timeFormat was removed/);
    const series = createDataset({ now }).series('tenant-acme', 1)!;
    expect(series.eventAt(0).createdAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(sample(1, 'tenant-acme', 50)).toEqual(sample(1, 'tenant-acme', 50));
    expect(sample(2, 'tenant-acme', 50)).not.toEqual(sample(1, 'tenant-acme', 50));
  });

  it('keeps one series a tenant, of the size last asked for, so sizes switched to one after another are not all kept', () => {
    const dataset = createDataset({ seed: 5, now });
    const first = dataset.series('tenant-acme', 100)!;
    expect(dataset.series('tenant-acme', 100)).toBe(first);
    expect(dataset.series('tenant-globex', 100)).not.toBe(first);
    expect(dataset.series('tenant-acme', 100)).toBe(first);
    // Another size replaces it: asked again, the first size is a series built anew (the same events).
    expect(dataset.series('tenant-acme', 99)).not.toBe(first);
    const again = dataset.series('tenant-acme', 100)!;
    expect(again).not.toBe(first);
    expect(again.eventAt(42)).toEqual(first.eventAt(42));
  });

  it('computes event i on demand, identical to the one found by walking the set', () => {
    const series = createDataset({ seed: 3, now }).series('tenant-globex', 1_000_000)!;
    const walked = Array.from({ length: 5 }, (_, k) => series.eventAt(999_995 + k));
    expect(createDataset({ seed: 3, now }).series('tenant-globex', 1_000_000)!.eventAt(999_999)).toEqual(
      walked[4],
    );
  });

  it('makes createdAt strictly decrease with the index, at small and at the largest sizes', () => {
    for (const size of [1, 2, 2500, 1_000_000]) {
      const series = createDataset({ seed: 9, now }).series('tenant-acme', size)!;
      const indices = [0, 1, 2, 3, Math.floor(size / 2), size - 3, size - 2, size - 1].filter(
        (i) => i >= 0 && i < size,
      );
      const times = [...new Set(indices)]
        .sort((a, b) => a - b)
        .map((i) => Date.parse(series.eventAt(i).createdAt));
      for (let k = 1; k < times.length; k++) expect(times[k]).toBeLessThan(times[k - 1]!);
      expect(times[0]).toBeLessThanOrEqual(Date.parse(now));
    }
    const series = createDataset({ seed: 9, now }).series('tenant-acme', 10_000)!;
    for (let i = 1; i < 10_000; i++) expect(series.timeAt(i)).toBeLessThan(series.timeAt(i - 1));
  });

  it('gives every tenant its own users and names', () => {
    expect(demoTenants.length).toBeGreaterThanOrEqual(3);
    for (const tenant of demoTenants) {
      const emails = new Set(tenant.users.map((u) => u.email));
      for (const event of sample(5, tenant.tenantId, 400)) {
        expect(event.tenantId).toBe(tenant.tenantId);
        if (event.email !== undefined) expect(emails.has(event.email)).toBe(true);
      }
    }
  });

  it('produces realistic variety: system events, impersonation, IPv4 and IPv6, mostly Info', () => {
    const events = sample(11, 'tenant-acme', 5000);
    const system = events.filter((e) => e.userId === undefined);
    expect(system.length).toBeGreaterThan(0);
    for (const e of system) expect(e.user === undefined && e.email === undefined).toBe(true);
    expect(events.some((e) => e.actorMail === 'support@auditkit.dev')).toBe(true);
    expect(events.some((e) => /^\d+\.\d+\.\d+\.\d+$/.test(e.ip))).toBe(true);
    expect(events.some((e) => e.ip.includes(':'))).toBe(true);
    const bySeverity = countBy(events, (e) => String(e.severity));
    const info = bySeverity.get('Info') ?? 0;
    for (const [severity, n] of bySeverity) if (severity !== 'Info') expect(info).toBeGreaterThan(n);
    expect(
      events.some(
        (e) => typeof e.json === 'object' && e.json !== null && 'before' in e.json && 'after' in e.json,
      ),
    ).toBe(true);
  });

  it('puts hostile strings in about 1% of events', () => {
    const events = sample(13, 'tenant-initech', 20_000);
    // As they appear inside JSON text, so one serialisation per event finds them in any field.
    const needles = hostileStrings.map((h) => JSON.stringify(h).slice(1, -1));
    const hostile = events.filter((e) => {
      const text = JSON.stringify(e);
      return needles.some((needle) => text.includes(needle));
    });
    expect(hostile.length / events.length).toBeGreaterThan(0.005);
    expect(hostile.length / events.length).toBeLessThan(0.02);
  });

  it('rounds the default now down to the minute', () => {
    const dataset = createDataset();
    expect(dataset.now % 60_000).toBe(0);
    expect(Date.now() - dataset.now).toBeLessThan(60_000 + 1000);
  });

  it('reads a now without a zone as UTC whatever the machine’s zone, so data and snapshots match on CI', () => {
    // Node re-reads TZ when it is assigned (as headless's zone tests do): run under zones far from UTC.
    const originalZone = process.env.TZ;
    try {
      for (const zone of ['Pacific/Chatham', 'America/New_York', 'UTC']) {
        process.env.TZ = zone;
        const utc = createDataset({ now: '2026-01-01T00:00:00Z' });
        for (const zoneless of ['2026-01-01T00:00:00', '2026-01-01 00:00:00.000', '2026-01-01T00:00']) {
          const dataset = createDataset({ now: zoneless });
          expect(dataset.now, `${zoneless} in ${zone}`).toBe(Date.UTC(2026, 0, 1));
          expect(dataset.series('tenant-acme', 3)!.eventAt(0)).toEqual(
            utc.series('tenant-acme', 3)!.eventAt(0),
          );
        }
        // A zone still counts, and a day that does not exist is refused rather than rolled over.
        expect(createDataset({ now: '2026-01-01T02:00:00+02:00' }).now).toBe(Date.UTC(2026, 0, 1));
        expect(() => createDataset({ now: '2026-02-30 00:00:00' })).toThrow(/now must be a valid date/);
      }
    } finally {
      if (originalZone === undefined) delete process.env.TZ;
      else process.env.TZ = originalZone;
    }
  });

  it('rejects sizes outside 0..1,000,000 and unknown tenants with a clear error', () => {
    const dataset = createDataset({ now });
    expect(() => dataset.series('tenant-acme', -1)).toThrow(/from 0 to 1000000/);
    expect(() => dataset.series('tenant-acme', 1.5)).toThrow(RangeError);
    expect(() => createMockAuditApi({ eventsPerTenant: 1_000_001 })).toThrow(
      /eventsPerTenant must be an integer from 0 to 1000000/,
    );
    expect(() => createMockAuditApi({ eventsPerTenant: { 'tenant-nope': 5 } })).toThrow(
      /unknown tenant tenant-nope/,
    );
    expect(() => createDataset({ now: 'not a date' })).toThrow(/now must be a valid date/);
    expect(dataset.series('tenant-nope', 5)).toBeUndefined();
    expect(createDataset({ now }).series('tenant-acme', 0)!.size).toBe(0);
  });
});

function countBy(events: AuditEvent[], key: (e: AuditEvent) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  return counts;
}
