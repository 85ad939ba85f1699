import { describe, expect, it } from 'vitest';
import { textDirection } from './textDirection.ts';

describe('textDirection', () => {
  it('says nothing of text without a right-to-left letter', () => {
    for (const text of [
      '',
      'Role changed (viewer → admin).',
      '81.2.69.142',
      '2026-11-01',
      '日本語のテキスト',
      '🙂 ✓',
    ])
      expect(textDirection(text), text).toBeUndefined();
  });

  it('reads an English sentence starting with an Arabic name left to right', () => {
    expect(textDirection('نور الهدى changed their password')).toBe('ltr');
    expect(textDirection('نور الهدى signed in with password')).toBe('ltr');
    expect(textDirection('Role of משה changed from viewer to admin')).toBe('ltr');
  });

  it('reads Arabic or Hebrew right to left, with a left-to-right word or two in it', () => {
    expect(textDirection('نور الهدى')).toBe('rtl');
    expect(textDirection('غيّرت نور الهدى كلمة المرور')).toBe('rtl');
    expect(textDirection('המשתמש שינה את הסיסמה ב-Acme Cloud')).toBe('rtl');
    expect(textDirection('Ada Lovelace שינתה את הסיסמה שלה')).toBe('rtl');
  });

  it('counts each word by its first letter, and neither numbers nor punctuation', () => {
    // Two right-to-left words of five with a letter ("2026", "-" and "…" have none): 40% is not over it.
    expect(textDirection('نور الهدى 2026 - changed their password …')).toBe('ltr');
    // Three of five.
    expect(textDirection('נור אל הודא changed password')).toBe('rtl');
    // A word starting with a Latin letter counts as left to right, whatever follows in it.
    expect(textDirection('userאב idאב שם')).toBe('ltr');
  });

  it('leaves right-to-left digits or marks alone to the first letter', () => {
    expect(textDirection('Page ١٢٣')).toBeUndefined();
    expect(textDirection('١٢٣')).toBeUndefined();
  });

  it('knows the right-to-left scripts beyond Hebrew and Arabic, outside the first plane too', () => {
    // Syriac, Thaana, N'Ko, and Adlam (U+1E900 on).
    for (const text of ['ܫܠܡܐ', 'ދިވެހި', 'ߒߞߏ', '𞤀𞤣𞤤𞤢𞤥']) expect(textDirection(text), text).toBe('rtl');
  });
});
