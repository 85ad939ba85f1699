// Every button and link variant, in each interactive state, in light and dark: the label keeps 4.5:1 against
// what is behind it and the focus ring 3:1 against the surface around it. States are forced through the
// DevTools protocol (CSS.forcePseudoState), as a pointer and a keyboard would set them, so the browser's own
// cascade decides the colours.
import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot, type AuditTheme } from '../AuditRoot/AuditRoot.tsx';
import { backgroundOf, contrast, over, parse } from './colourContrast.ts';

// The markup each part renders for its buttons and links (slots and variants as in the components).
function Variants({ theme }: { theme: AuditTheme }) {
  return (
    <AuditRoot theme={theme}>
      <div>
        <button type="button" id="v-default">
          Default
        </button>
        <button type="button" data-variant="ghost" id="v-ghost">
          Ghost
        </button>
        <button type="button" data-variant="primary" id="v-primary">
          Download
        </button>
        <ul data-slot="audit-chips" className="auditkit-chips">
          <li data-slot="audit-chip" className="auditkit-chip">
            <span>Severity: High</span>
            <button type="button" id="v-chip">
              Remove
            </button>
          </li>
        </ul>
        <button type="button" data-slot="audit-disclosure" className="auditkit-disclosure" id="v-disclosure">
          Show location
        </button>
        <div data-slot="audit-json-tree" className="auditkit-json-tree">
          <button type="button" id="v-json">
            payload
          </button>
        </div>
        <a data-slot="audit-link" className="auditkit-link" href="#x" id="v-link">
          https://example.test/
        </a>
      </div>
      <table data-slot="audit-table" className="auditkit-table">
        <thead data-slot="audit-table-head" className="auditkit-table-head">
          <tr>
            <th data-slot="audit-table-header" className="auditkit-table-header">
              <button
                type="button"
                data-slot="audit-sort-button"
                className="auditkit-sort-button"
                id="v-sort"
              >
                <span>Time</span>
              </button>
            </th>
          </tr>
        </thead>
      </table>
      <nav data-slot="audit-pagination" className="auditkit-pagination">
        <ol>
          <li>
            <button type="button" id="v-page">
              2
            </button>
          </li>
          <li>
            <button type="button" aria-current="page" id="v-current-page">
              3
            </button>
          </li>
        </ol>
      </nav>
      {/* The manage-views dialog's toggle for the default view, on. */}
      <button type="button" aria-pressed="true" id="v-pressed">
        Default
      </button>
      <div role="menu" data-slot="audit-menu" className="auditkit-menu">
        <div
          role="menuitem"
          tabIndex={-1}
          data-slot="audit-menu-item"
          className="auditkit-menu-item"
          id="v-menu-item"
        >
          <span>Save current view</span>
        </div>
        {/* What the menu holds when the user's views could not be loaded. */}
        <div
          role="menuitem"
          aria-disabled="true"
          tabIndex={-1}
          data-slot="audit-menu-item"
          className="auditkit-menu-item"
          id="v-menu-item-disabled"
        >
          <span>Your views could not be loaded</span>
        </div>
      </div>
    </AuditRoot>
  );
}

const ids = [
  'v-default',
  'v-ghost',
  'v-primary',
  'v-chip',
  'v-disclosure',
  'v-json',
  'v-link',
  'v-sort',
  'v-page',
  'v-current-page',
  'v-pressed',
  'v-menu-item',
  'v-menu-item-disabled',
];
// A menu's items show focus by their background (the accent), not a ring: the arrow keys move it among them.
const focusByBackground = new Set(['v-menu-item', 'v-menu-item-disabled']);
const states: readonly (readonly string[])[] = [
  [],
  ['hover'],
  ['focus', 'focus-visible'],
  // Focused by a click, the pointer still over it.
  ['hover', 'focus', 'focus-visible'],
  ['hover', 'active'],
];

interface Session {
  send(method: string, params?: object): Promise<unknown>;
}

async function forceState(session: Session, id: string, classes: readonly string[]) {
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: { nodeId: number };
  };
  // The tests run in an iframe: find the node there through the document of every frame.
  const { nodeIds } = (await session.send('DOM.querySelectorAll', {
    nodeId: root.nodeId,
    selector: `#${id}`,
  })) as { nodeIds: number[] };
  let found = nodeIds;
  if (found.length === 0) {
    const { nodes } = (await session.send('DOM.getFlattenedDocument', { depth: -1, pierce: true })) as {
      nodes: { nodeId: number; attributes?: string[] }[];
    };
    found = nodes
      .filter((node) => {
        const attributes = node.attributes ?? [];
        const index = attributes.indexOf('id');
        return index >= 0 && attributes[index + 1] === id;
      })
      .map((node) => node.nodeId);
  }
  expect(found, `node #${id}`).toHaveLength(1);
  await session.send('CSS.forcePseudoState', { nodeId: found[0], forcedPseudoClasses: [...classes] });
}

afterEach(() => document.body.replaceChildren());

describe('button and link states', () => {
  it.each(['light', 'dark'] as const)(
    'shows a toggle that is on (aria-pressed) unlike one that is off, in %s',
    async (theme) => {
      await render(<Variants theme={theme} />);
      const on = backgroundOf(document.getElementById('v-pressed')!);
      const off = backgroundOf(document.getElementById('v-default')!);
      // Its fill against an ordinary button's, as a state indicator must differ (WCAG 1.4.11: 3:1).
      expect(contrast(on, off)).toBeGreaterThanOrEqual(3);
    },
  );

  for (const theme of ['light', 'dark'] as const) {
    // About 2 s alone, but dozens of CDP round trips: a loaded CI machine gets a wider margin than the default.
    it(`keep readable labels and a visible focus ring in ${theme}`, async () => {
      await render(<Variants theme={theme} />);
      const session = cdp() as unknown as Session;
      await session.send('DOM.enable');
      await session.send('CSS.enable');
      const failures: string[] = [];
      for (const id of ids) {
        const element = document.getElementById(id)!;
        for (const classes of states) {
          await forceState(session, id, classes);
          // Let the forced state reach the computed style.
          await new Promise(requestAnimationFrame);
          const style = getComputedStyle(element);
          const name = `${id} [${classes.join('+') || 'rest'}]`;
          const text = contrast(over(parse(style.color), backgroundOf(element)), backgroundOf(element));
          if (text < 4.5)
            failures.push(`${name}: label ${text.toFixed(2)}:1 (${style.color} on ${style.backgroundColor})`);
          if (classes.includes('focus-visible') && focusByBackground.has(id)) {
            const fill = contrast(backgroundOf(element), backgroundOf(element.parentElement));
            if (fill < 3) failures.push(`${name}: focus background ${fill.toFixed(2)}:1 against the menu`);
          } else if (classes.includes('focus-visible')) {
            const ring = parse(style.outlineColor);
            const around = backgroundOf(element.parentElement);
            const ringContrast = contrast(over(ring, around), around);
            if (
              style.outlineStyle === 'none' ||
              Number.parseFloat(style.outlineWidth) < 2 ||
              ringContrast < 3
            ) {
              failures.push(
                `${name}: focus ring ${style.outlineStyle} ${style.outlineWidth} ${ringContrast.toFixed(2)}:1`,
              );
            }
          }
          await forceState(session, id, []);
        }
      }
      expect(failures).toEqual([]);
    }, 60_000);
  }
});
