// The log where the host's layout would size it by its content: a flex row without `flex: 1`, a centred column,
// an absolutely positioned drawer. The root is a size container (its content counts as no width), so there it
// must take the width it is given, not collapse to a zero-width column; in a plain block it keeps its margins.
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';

setupMockApi();
beforeEach(() => page.viewport(1400, 900));

// A host's own (unlayered) rules, given to the log by `className`.
const hostCss = `
  .host-drawer { position: absolute; inset-block-start: 0; inset-inline-end: 0; }
  .host-margin { margin-inline: 24px; }
  .host-width { inline-size: 400px; }
`;

async function renderPlaced(place: (log: ReactNode) => ReactNode, className?: string) {
  const screen = await render(
    <>
      <style>{hostCss}</style>
      {place(<AuditLog {...testAuditLogProps()} newEventsInterval={false} className={className} />)}
    </>,
  );
  await expect.element(screen.getByRole('button', { name: /^Details of / }).first()).toBeInTheDocument();
  const root = screen.getByRole('region', { name: 'Audit log' }).element() as HTMLElement;
  return { screen, root };
}

/** The log is as wide as `width`, nothing sticks out of it, and the headers it shows read on one line. */
function expectReadableAt(root: HTMLElement, width: number) {
  const box = root.getBoundingClientRect();
  expect(box.width).toBeCloseTo(width, 0);
  expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  const scroller = document.scrollingElement ?? document.documentElement;
  expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth);
  const lineHeight = parseFloat(getComputedStyle(root).lineHeight);
  // Narrow, the unsortable headers are kept for screen readers only (1 px): the ones on screen are checked.
  const shown = page
    .getByRole('columnheader')
    .elements()
    .filter((header) => header.getBoundingClientRect().width > 1);
  expect(shown.length).toBeGreaterThanOrEqual(4);
  for (const header of shown) {
    // Its words on one line, not a letter a line (text for screen readers only aside). Wide, the table may
    // scroll sideways inside the log (more columns than fit): the log's own scrollWidth is checked above.
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.trim() || node.parentElement!.closest('.auditkit-visually-hidden')) continue;
      const text = document.createRange();
      text.selectNodeContents(node);
      const words = text.getBoundingClientRect();
      expect(words.height, node.textContent!).toBeLessThan(lineHeight * 1.5);
      expect(words.width, node.textContent!).toBeGreaterThan(lineHeight);
    }
  }
  // The container queries still follow the width: cards below 830 px, the table above.
  const row = page.getByRole('row').nth(1).element();
  expect(getComputedStyle(row).display).toBe(width < 830 ? 'grid' : 'table-row');
}

describe('placed where the host sizes it by its content', () => {
  it('takes the width a flex row leaves beside a 200 px sidebar, and the sidebar keeps its own', async () => {
    const { root } = await renderPlaced((log) => (
      <div style={{ display: 'flex', inlineSize: 900 }}>
        <nav data-testid="sidebar" style={{ inlineSize: 200 }}>
          Host navigation
        </nav>
        {log}
      </div>
    ));
    expectReadableAt(root, 700);
    expect(page.getByTestId('sidebar').element().getBoundingClientRect().width).toBe(200);
  });

  it('fills a column flex container that centres its items', async () => {
    const { root } = await renderPlaced((log) => (
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center', inlineSize: 900 }}>
        {log}
      </div>
    ));
    expectReadableAt(root, 900);
  });

  it('fills its containing block as an absolutely positioned drawer of auto width', async () => {
    const { root } = await renderPlaced(
      (log) => <div style={{ position: 'relative', inlineSize: 900, blockSize: 700 }}>{log}</div>,
      'host-drawer',
    );
    expectReadableAt(root, 900);
  });
});

describe('placed in a block or given a width', () => {
  it('keeps a host margin inside the block instead of overflowing it', async () => {
    const { root } = await renderPlaced(
      (log) => (
        <div data-testid="block" style={{ inlineSize: 900 }}>
          {log}
        </div>
      ),
      'host-margin',
    );
    expectReadableAt(root, 852);
    const block = page.getByTestId('block').element();
    expect(block.scrollWidth).toBeLessThanOrEqual(block.clientWidth);
    expect(root.getBoundingClientRect().right).toBeLessThanOrEqual(block.getBoundingClientRect().right - 24);
  });

  it('takes a width the host gives it in a flex row', async () => {
    const { root } = await renderPlaced(
      (log) => (
        <div style={{ display: 'flex', inlineSize: 900 }}>
          <nav data-testid="sidebar" style={{ inlineSize: 200 }}>
            Host navigation
          </nav>
          {log}
        </div>
      ),
      'host-width',
    );
    expectReadableAt(root, 400);
    expect(page.getByTestId('sidebar').element().getBoundingClientRect().width).toBe(200);
  });
});
