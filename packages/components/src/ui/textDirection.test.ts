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

  it('reads a sentence starting with a name in the other direction as its other words', () => {
    expect(textDirection('نور الهدى changed their password')).toBe('ltr');
    expect(textDirection('نور الهدى 2026 - changed their password …')).toBe('ltr');
    expect(textDirection('Ada Lovelace שינתה את הסיסמה שלה')).toBe('rtl');
  });

  it('leaves the first letter to decide everywhere else', () => {
    for (const text of [
      // One direction, or a few words of the other at the end or inside.
      'نور الهدى',
      'غيّرت نور الهدى كلمة المرور',
      'המשתמש שינה את הסיסמה ב-Acme Cloud',
      'تم تغيير كلمة المرور by admin',
      'Role of משה changed from viewer to admin',
      // Hebrew with Latin terms in it: right to left, though most words are Latin.
      'נוסף Admin role ל-John Smith',
      'הוגדר SSO עם Okta for Acme Corp',
      // As many words each way: no name-then-sentence to tell.
      'نور الهدى signed in',
      // A word starting with a Latin letter counts as left to right, whatever follows in it.
      'userאב idאב שם',
      // Lines each keep their own direction.
      'Password changed\nהסיסמה שונתה',
    ])
      expect(textDirection(text), text).toBeUndefined();
  });

  it('leaves right-to-left digits or marks alone to the first letter', () => {
    expect(textDirection('Page ١٢٣')).toBeUndefined();
    expect(textDirection('١٢٣')).toBeUndefined();
  });

  it('knows the right-to-left scripts beyond Hebrew and Arabic, outside the first plane too', () => {
    // Syriac, Thaana, N'Ko, and Adlam (U+1E900 on).
    for (const name of ['ܫܠܡܐ', 'ދިވެހި', 'ߒߞߏ', '𞤀𞤣𞤤𞤢𞤥'])
      expect(textDirection(`${name} signed in again`), name).toBe('ltr');
  });
});
