import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName.ts';

const tenantPart = (tenant: string) =>
  exportFileName({ tenant, takenAt: '2026-11-26T01:05:59Z' }).split('_')[1] ?? '';

describe('exportFileName', () => {
  it('keeps a tenant named in any script readable, as its letters and digits', () => {
    expect(tenantPart('Société Générale')).toBe('Société-Générale');
    // Typed with combining accents: written composed, as the same name typed the usual way.
    expect(tenantPart('Socie\u0301te\u0301')).toBe('Société');
    expect(tenantPart('株式会社テスト 2')).toBe('株式会社テスト-2');
    expect(tenantPart('Ελληνική Εταιρεία')).toBe('Ελληνική-Εταιρεία');
    expect(tenantPart('हिन्दी')).toBe('हिन्दी');
  });

  it('leaves out what is no letter or digit: separators, emoji, invisible and direction controls', () => {
    expect(tenantPart('Acme 🚀 Corp/../x')).toBe('Acme-Corp-x');
    // A right-to-left override would show `evil\u202Egpj.exe` as `evilexe.jpg`.
    expect(tenantPart('evil\u202Egpj.exe')).toBe('evil-gpj-exe');
    expect(tenantPart('a\u200Bb\u0000c')).toBe('a-b-c');
    expect(tenantPart('🚀')).toBe('tenant');
    // An empty name (the caller knows no tenant) leaves the part out, rather than a placeholder word.
    expect(exportFileName({ tenant: '', takenAt: '2026-11-26T01:05:59Z' })).toBe(
      'audit-log_start_taken-2026-11-26T0105Z_UTC.csv',
    );
    // Invisible characters that count as marks or letters: variation selectors, the keycap, Hangul fillers.
    expect(tenantPart('Cloud ☁️')).toBe('Cloud');
    expect(tenantPart('☁️')).toBe('tenant');
    expect(tenantPart('1️⃣ Corp')).toBe('1-Corp');
    expect(tenantPart('acme\u3164')).toBe('acme');
    // A mark whose letter was taken out goes with it; one on a letter stays.
    expect(tenantPart('a \u0301b')).toBe('a-b');
  });

  it('cuts a long name at 64 characters or 100 bytes, never inside a character', () => {
    expect(tenantPart('a'.repeat(70))).toBe('a'.repeat(64));
    // Three bytes each: 33 of them. The longest whole name stays far below the 255 bytes Linux and macOS allow.
    expect(tenantPart('株'.repeat(70))).toBe('株'.repeat(33));
    const longest = exportFileName({
      tenant: '𠀀'.repeat(70),
      from: '2026-11-19T01:05:00Z',
      takenAt: '2026-11-26T01:05:59Z',
      timeZone: 'America/Argentina/ComodRivadavia',
      extension: 'jsonl',
    });
    expect(new TextEncoder().encode(longest).length).toBeLessThan(200);
    const part = tenantPart('𝒜'.repeat(70));
    expect(Array.from(part)).toHaveLength(25);
    // A lone surrogate (half a character) is what encodeURIComponent refuses.
    expect(() => encodeURIComponent(part)).not.toThrow();
  });
});
