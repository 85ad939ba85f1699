import { describe, expect, it } from 'vitest';
// The public entry, not the module: a custom UI built on headless alone must be able to import it.
import { revealHiddenText } from '../core.ts';

describe('revealHiddenText (exported by @auditkit/headless)', () => {
  it('shows a right-to-left override, so "Deleted \\u202Efdp.exe" cannot pass as "Deleted exe.pdf"', () => {
    const shown = revealHiddenText('Deleted \u202Efdp.exe');
    expect(shown).toBe('Deleted ⟨U+202E⟩fdp.exe');
    expect(shown).not.toContain('\u202E');
  });

  it('shows every bidirectional embedding, override and isolate', () => {
    expect(revealHiddenText('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069')).toBe(
      'a⟨U+202A⟩b⟨U+202B⟩c⟨U+202C⟩d⟨U+202D⟩e⟨U+2066⟩f⟨U+2067⟩g⟨U+2068⟩h⟨U+2069⟩',
    );
  });

  it('shows zero-width and other invisible characters that make two names look the same', () => {
    expect(revealHiddenText('ad\u200Bmin')).toBe('ad⟨U+200B⟩min');
    expect(revealHiddenText('ad\u2060min\uFEFF')).toBe('ad⟨U+2060⟩min⟨U+FEFF⟩');
    expect(revealHiddenText('soft\u00ADhyphen\u034F\u180E')).toBe('soft⟨U+00AD⟩hyphen⟨U+034F⟩⟨U+180E⟩');
  });

  it('shows a tag character as one code point, not two UTF-16 halves', () => {
    // "admin" hidden in tag characters after "root".
    const tags = [...'admin'].map((letter) => String.fromCodePoint(0xe0000 + letter.charCodeAt(0))).join('');
    expect(revealHiddenText(`root${tags}`)).toBe('root⟨U+E0061⟩⟨U+E0064⟩⟨U+E006D⟩⟨U+E0069⟩⟨U+E006E⟩');
  });

  it('shows every character Unicode calls default-ignorable or format, not only the best-known ones', () => {
    // Deprecated format characters, Khmer inherent vowels, Hangul fillers, interlinear annotation, shorthand,
    // musical and hieroglyph format controls, and unassigned default-ignorable code points: each hides in "admin".
    const codes = [
      0x2065, 0x206a, 0x206f, 0x17b4, 0x17b5, 0x115f, 0x1160, 0x3164, 0xffa0, 0xfff0, 0xfff9, 0xfffb, 0x1bca0,
      0x1bca3, 0x1d173, 0x1d17a, 0x13430, 0x1343f, 0xe0080, 0xe0fff,
    ];
    for (const code of codes) {
      const name = code.toString(16).toUpperCase().padStart(4, '0');
      expect(revealHiddenText(`ad${String.fromCodePoint(code)}min`)).toBe(`ad⟨U+${name}⟩min`);
    }
  });

  it('leaves the Arabic letter mark, every variation selector and the number signs that draw themselves', () => {
    // ALM is a directional mark like RLM; U+180B and U+E0100 select glyphs; U+0600 and U+06DD are drawn over
    // the digits after them.
    const text = 'قال\u061C ᠠ\u180B 葛\u{E0100} \u0600١٢٣ \u06DD١٢';
    expect(revealHiddenText(text)).toBe(text);
  });

  it('leaves the joiners, directional marks and plain text that scripts and emoji need', () => {
    const text = 'שלום\u200F 👩\u200D💻 क्\u200Dष ❤\uFE0F Deleted report.pdf';
    expect(revealHiddenText(text)).toBe(text);
  });
});
