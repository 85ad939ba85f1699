// A host's own CSS wins over ours without !important, and ours reaches nothing outside `.auditkit`: plain element
// rules, a class on the host's wrapper, and Tailwind v4 utilities on `className` (Tailwind's real compiler, via
// @tailwindcss/vite), with Tailwind loaded before and after our stylesheet.
import { demoIdentities, demoToken } from '@auditkit/mock-api';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditLog } from '../AuditLog/AuditLog.tsx';
import { setupMockApi } from './mockApi.ts';
import tailwindCss from './tailwindHost.css?inline';
import { testQueryClient } from './renderAudit.tsx';

setupMockApi();

const hostCss = `
  button { border-radius: 0px; letter-spacing: 3px; }
  .my-table td { background-color: rgb(1, 2, 3); padding-top: 7px; }
  th { text-transform: uppercase; letter-spacing: 4px; }
`;

const added: HTMLElement[] = [];
function addStyle(css: string, where: 'first' | 'last') {
  const style = document.createElement('style');
  style.textContent = css;
  if (where === 'first') document.head.prepend(style);
  else document.head.append(style);
  added.push(style);
}
afterEach(() => {
  for (const style of added.splice(0)) style.remove();
  document.body.replaceChildren();
});

// Host markup next to the audit log, with the tags and even the slot names our rules use.
function HostPage() {
  return (
    <div>
      <section aria-label="Host">
        <button type="button">Host button</button>
        <a href="#h">Host link</a>
        <label>
          Host field <input /> <select />
        </label>
        <ul data-slot="audit-chips" className="auditkit-chips">
          <li data-slot="audit-chip" className="auditkit-chip">
            <button type="button">Host chip</button>
          </li>
        </ul>
        <table data-slot="audit-table" className="auditkit-table">
          <thead data-slot="audit-table-head" className="auditkit-table-head">
            <tr>
              <th data-slot="audit-table-header" className="auditkit-table-header">
                Host header
              </th>
            </tr>
          </thead>
          <tbody>
            <tr data-slot="audit-table-row" className="auditkit-table-row">
              <td>Host cell</td>
            </tr>
          </tbody>
        </table>
        <nav data-slot="audit-pagination" className="auditkit-pagination">
          <ol>
            <li>
              <button type="button" aria-current="page">
                1
              </button>
            </li>
          </ol>
        </nav>
        <div className="bg-slate-900 text-yellow-300" data-testid="reference">
          Tailwind reference
        </div>
      </section>
      <div className="my-table">
        <AuditLog
          className="bg-slate-900 text-yellow-300"
          baseUrl=""
          getToken={() => demoToken(demoIdentities.tenantAAdmin)}
          queryClient={testQueryClient()}
          defaultTimeZone="UTC"
          locale="en-US"
        />
      </div>
    </div>
  );
}

/** Every style rule of our stylesheet (inside its layer), by selector. */
function ourSelectors(): string[] {
  const selectors: string[] = [];
  const walk = (rules: CSSRuleList, inOurs: boolean) => {
    for (const rule of rules) {
      if (rule instanceof CSSLayerBlockRule) walk(rule.cssRules, inOurs || rule.name.includes('auditkit'));
      else if (
        rule instanceof CSSMediaRule ||
        rule instanceof CSSSupportsRule ||
        rule instanceof CSSContainerRule
      )
        walk(rule.cssRules, inOurs);
      else if (rule instanceof CSSStyleRule && inOurs) selectors.push(rule.selectorText);
    }
  };
  for (const sheet of document.styleSheets) walk(sheet.cssRules, false);
  return selectors;
}

describe('host CSS', () => {
  for (const order of ['first', 'last'] as const) {
    it(`wins over ours where it targets our parts, with Tailwind loaded ${order === 'first' ? 'before' : 'after'} our stylesheet`, async () => {
      addStyle(tailwindCss, order);
      addStyle(hostCss, 'last');
      const screen = await render(<HostPage />);
      const root = screen.getByRole('region', { name: 'Audit log' });
      await expect
        .element(root.getByRole('grid', { name: 'Audit events' }).getByRole('row').nth(3))
        .toBeVisible();
      const rootElement = root.element() as HTMLElement;
      const reference = getComputedStyle(screen.getByTestId('reference').element());

      // Tailwind utilities on className beat our root's background and colour (Tailwind did compile them).
      expect(reference.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(rootElement).backgroundColor).toBe(reference.backgroundColor);
      expect(getComputedStyle(rootElement).color).toBe(reference.color);
      // A plain element rule and a rule through the host's wrapper class win on our buttons and cells.
      const ourButton = root.getByRole('button', { name: 'Columns' }).element() as HTMLElement;
      expect(getComputedStyle(ourButton).borderRadius).toBe('0px');
      const cell = rootElement.querySelector('tbody td')!;
      expect(getComputedStyle(cell).backgroundColor).toBe('rgb(1, 2, 3)');
      expect(getComputedStyle(cell).paddingTop).toBe('7px');
      // A page-wide `th` rule styles the header cell itself, but not the label inside it, where we set the type.
      const header = rootElement.querySelector('[data-slot="audit-table-header"]')!;
      expect(getComputedStyle(header).textTransform).toBe('uppercase');
      const label = header.querySelector('span')!;
      expect(getComputedStyle(label).textTransform).toBe('none');
      expect(getComputedStyle(label).letterSpacing).toBe('normal');
    });
  }

  // Tailwind's preflight sets `margin: 0` on every element, which beats the browser's `margin: auto` that alone
  // centres a modal <dialog>: ours would sit in the page's top-left corner.
  for (const order of ['first', 'last'] as const) {
    it(`keeps the saved-views dialog centred, with Tailwind loaded ${order === 'first' ? 'before' : 'after'} our stylesheet`, async () => {
      addStyle(tailwindCss, order);
      const screen = await render(<HostPage />);
      await screen.getByRole('button', { name: 'Views' }).click();
      await screen.getByRole('menuitem', { name: 'Manage views…' }).click();
      const dialog = screen.getByRole('dialog', { name: 'Saved views' });
      await expect.element(dialog).toBeVisible();
      const box = dialog.element().getBoundingClientRect();
      expect(box.left).toBeGreaterThan(0);
      expect(Math.abs(box.left - (innerWidth - box.width) / 2)).toBeLessThan(1);
      expect(box.top).toBeGreaterThan(0);
    });
  }

  it('never styles anything outside `.auditkit`', async () => {
    const screen = await render(<HostPage />);
    await expect.element(screen.getByRole('grid', { name: 'Audit events' })).toBeVisible();
    const selectors = ourSelectors();
    expect(selectors.length).toBeGreaterThan(100);
    const leaks: string[] = [];
    for (const selector of selectors) {
      // Pseudo-elements are not elements: match their element part.
      const elementPart = selector.replace(/::[\w-]+(\([^)]*\))?/g, '');
      for (const element of document.querySelectorAll(elementPart || '*')) {
        if (!element.closest('.auditkit')) leaks.push(`${selector} → <${element.tagName.toLowerCase()}>`);
      }
    }
    expect(leaks).toEqual([]);
    // The host's look-alike markup keeps the browser's defaults where we would have set ours.
    const host = screen.getByRole('region', { name: 'Host' }).element();
    expect(getComputedStyle(host.querySelector('label')!).display).toBe('inline');
    expect(getComputedStyle(host.querySelector('[aria-current="page"]')!).backgroundColor).not.toBe(
      getComputedStyle(document.querySelector('.auditkit [aria-current="page"]') ?? document.body)
        .backgroundColor,
    );
  });
});
