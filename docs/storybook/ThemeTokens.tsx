import { useState } from 'react';

interface Token {
  name: string;
  value: string;
  /** Read with a default (`var(--auditkit-x, 70vh)`) but not declared on the root: the default is its value. */
  readOnly?: boolean;
}

const tokenRead = /var\(\s*(--auditkit-[\w-]+)\s*,/g;

/** Each `var(--auditkit-x, default)` in a value with its default, which may hold parentheses (`calc(…)`). */
function* readsWithDefault(value: string): Generator<[token: string, fallback: string]> {
  for (const match of value.matchAll(tokenRead)) {
    let depth = 0;
    const start = match.index + match[0].length;
    for (let cursor = start; cursor < value.length; cursor += 1) {
      if (value[cursor] === '(') depth += 1;
      else if (value[cursor] === ')' && depth-- === 0) {
        yield [match[1]!, value.slice(start, cursor).trim()];
        break;
      }
    }
  }
}

/**
 * Every `--auditkit-*` custom property the loaded stylesheet declares (first declaration of each), then those it
 * only reads with a default, so a token an embedder may set is listed even when the stylesheet never sets it.
 */
function declaredTokens(): Token[] {
  const found = new Map<string, Token>();
  const defaults = new Map<string, string>();
  const visit = (rules: CSSRuleList) => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) {
        for (const name of Array.from(rule.style)) {
          const value = rule.style.getPropertyValue(name).trim();
          if (name.startsWith('--auditkit-') && !found.has(name)) found.set(name, { name, value });
          for (const [token, fallback] of readsWithDefault(value)) {
            if (!defaults.has(token)) defaults.set(token, fallback);
          }
        }
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A cross-origin stylesheet cannot be read; ours is same-origin.
    }
  }
  for (const [name, value] of defaults) {
    if (!found.has(name)) found.set(name, { name, value, readOnly: true });
  }
  return [...found.values()];
}

/** The value a `light-dark(a, b)` pair takes in one scheme; other values are the same in both. */
function inScheme(value: string, scheme: 'light' | 'dark'): string {
  let out = '';
  let index = 0;
  while (index < value.length) {
    const start = value.indexOf('light-dark(', index);
    if (start === -1) return out + value.slice(index);
    out += value.slice(index, start);
    let depth = 0;
    let comma = -1;
    let cursor = start + 'light-dark('.length;
    for (; cursor < value.length; cursor += 1) {
      const char = value[cursor];
      if (char === '(') depth += 1;
      else if (char === ')') {
        if (depth === 0) break;
        depth -= 1;
      } else if (char === ',' && depth === 0 && comma === -1) comma = cursor;
    }
    const inner = value.slice(start + 'light-dark('.length, cursor);
    const split = comma - start - 'light-dark('.length;
    out += (scheme === 'light' ? inner.slice(0, split) : inner.slice(split + 1)).trim();
    index = cursor + 1;
  }
  return out;
}

function Swatch({ name }: { name: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: '1.25rem',
        blockSize: '1.25rem',
        marginInlineEnd: '0.5rem',
        verticalAlign: 'middle',
        borderRadius: 4,
        border: '1px solid #8c959f',
        background: `var(${name})`,
      }}
    />
  );
}

/**
 * A live table of the theming tokens: read from the stylesheet the story loaded, so it lists exactly what ships,
 * with each colour's light and dark value and a swatch drawn by the token itself in each scheme.
 */
export function ThemeTokens() {
  // The preview loads the stylesheet before any story renders, so it can be read on the first render.
  const [tokens] = useState(declaredTokens);
  const isColour = (value: string) => value.includes('light-dark(');
  return (
    <table
      style={{ borderCollapse: 'collapse', font: '14px system-ui', color: '#1b1f24', background: '#fff' }}
    >
      <caption style={{ textAlign: 'start', paddingBlockEnd: 8 }}>
        {tokens.length} tokens, each set on <code>.auditkit</code> (or any element inside it)
      </caption>
      <thead>
        <tr>
          {['Token', 'Light', 'Dark'].map((label) => (
            <th key={label} scope="col" style={{ textAlign: 'start', padding: '4px 12px 4px 0' }}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {tokens.map(({ name, value, readOnly }) => (
          <tr key={name} style={{ borderBlockStart: '1px solid #d0d7de' }}>
            <th scope="row" style={{ textAlign: 'start', padding: '4px 12px 4px 0', fontWeight: 400 }}>
              <code>{name}</code>
              {readOnly && ' (not set by default)'}
            </th>
            {(['light', 'dark'] as const).map((scheme) => (
              <td key={scheme} style={{ padding: '4px 12px 4px 0' }}>
                {isColour(value) && (
                  // The token resolves on a `.auditkit` element in that colour scheme, as inside the audit log.
                  <span className="auditkit" style={{ display: 'inline', colorScheme: scheme }}>
                    <Swatch name={name} />
                  </span>
                )}
                <code>{inScheme(value, scheme)}</code>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
