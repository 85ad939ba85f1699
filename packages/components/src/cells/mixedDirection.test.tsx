// Event text and names mixing right-to-left and left-to-right words are laid out in the direction of most of their
// words (textDirection), not their first letter's, and aligned as the log's other text is.
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { AlphaNumericCell } from './AlphaNumericCell.tsx';
import { UserCell } from './UserCell.tsx';

/** The box of the first occurrence of `part` in the element's text, as laid out. */
function boxOf(element: Element, part: string): DOMRect {
  const node = element.firstChild!;
  const start = node.textContent!.indexOf(part);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + part.length);
  return range.getBoundingClientRect();
}

/** The box of all the element's text. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

async function renderCells(dir: 'ltr' | 'rtl', description: string, user: string) {
  const screen = await render(
    <div dir={dir} style={{ inlineSize: 480 }}>
      <AuditRoot theme="light">
        <AlphaNumericCell value={description} />
        <UserCell event={{ user, email: 'noor@acme.test' }} />
      </AuditRoot>
    </div>,
  );
  const text = screen.getByText(description).element();
  const name = screen.getByText(user, { exact: true }).element();
  return { text, name, root: text.closest('.auditkit')! };
}

describe('text of mixed direction', () => {
  it('lays an English sentence starting with an Arabic name out left to right, at the start of an English log', async () => {
    const { text, name, root } = await renderCells('ltr', 'نور الهدى changed their password', 'نور الهدى');
    // Read left to right: the name first, at the left, then "changed", then "password" at the end.
    expect(boxOf(text, 'نور الهدى').right).toBeLessThanOrEqual(boxOf(text, 'changed').left + 1);
    expect(boxOf(text, 'changed').right).toBeLessThanOrEqual(boxOf(text, 'password').left + 1);
    expect(textBox(text).left - root.getBoundingClientRect().left).toBeLessThan(1);
    // A name all in Arabic reads right to left, but starts where the log's other names do: at the left.
    expect(boxOf(name, 'نور').left).toBeGreaterThan(boxOf(name, 'الهدى').right - 1);
    expect(textBox(name).left - root.getBoundingClientRect().left).toBeLessThan(1);
  });

  it('lays Hebrew with a Latin word in it out right to left', async () => {
    const { text } = await renderCells('ltr', 'המשתמש שינה את הסיסמה ב-Acme Cloud', 'Ada Lovelace');
    // The first word at the right, the product's name after it, leftward.
    expect(boxOf(text, 'המשתמש').left).toBeGreaterThan(boxOf(text, 'Acme Cloud').right - 1);
    // Aligned with the English log's text, at the left.
    expect(textBox(text).left - text.getBoundingClientRect().left).toBeLessThan(1);
  });

  it('keeps Latin text left to right in a Hebrew log, and an Arabic-named sentence too', async () => {
    const latin = await renderCells('rtl', 'Role changed (viewer → admin).', 'Ada Lovelace');
    // Its full stop at its end, on the right, and no `dir`: the first letter decides, as before.
    expect(boxOf(latin.text, 'Role').right).toBeLessThanOrEqual(boxOf(latin.text, '.').left + 1);
    expect(latin.text.hasAttribute('dir')).toBe(false);
    const mixed = await renderCells('rtl', 'نور الهدى changed their password', 'נור');
    expect(boxOf(mixed.text, 'نور الهدى').right).toBeLessThanOrEqual(boxOf(mixed.text, 'changed').left + 1);
    // Aligned as the Hebrew log's text: at its right.
    const rootRight = mixed.root.getBoundingClientRect().right;
    expect(rootRight - textBox(mixed.text).right).toBeLessThan(1);
  });
});
