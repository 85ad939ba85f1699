import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import * as de from '../messages/de.ts';
import { axeViolations } from '../test/axe.ts';
import { BeforeAfter } from './BeforeAfter.tsx';
import { JsonTree } from './JsonTree.tsx';

it('draws a change whose value the engine cannot write as JSON, instead of failing', async () => {
  // What a value nested too deeply does to JSON.stringify in an engine with a small stack (Node, some browsers):
  // it throws. Chromium's stack is deep enough for the real thing, so a throwing toJSON stands in for it.
  const unwritable = Object.defineProperty({ level: 'deep' }, 'toJSON', {
    value: () => {
      throw new RangeError('Maximum call stack size exceeded');
    },
  });
  const screen = await render(
    <div className="auditkit">
      <AuditUiProvider locale="en-US">
        <BeforeAfter
          before={{ role: 'viewer', tree: unwritable }}
          after={{ role: 'admin', tree: unwritable }}
        />
      </AuditUiProvider>
    </div>,
  );
  await expect.element(screen.getByRole('region', { name: 'Before' })).toBeVisible();
  await expect.element(screen.getByRole('region', { name: 'After' })).toHaveTextContent(/admin/);
});

describe('a changed key', () => {
  const renderDiff = (messages?: typeof de.messages, locale = 'en-US') =>
    render(
      <AuditUiProvider locale={locale} messages={messages}>
        <AuditRoot>
          <BeforeAfter
            before={{ role: 'viewer', team: 'ops', scopes: ['read'] }}
            after={{ role: 'admin', team: 'ops', scopes: ['read', 'write'] }}
          />
        </AuditRoot>
      </AuditUiProvider>,
    );

  it('is said in words, not by colour alone, and its value keeps wrapping and reading left to right', async () => {
    const screen = await renderDiff();
    const after = screen.getByRole('region', { name: 'After' });
    const role = after.getByRole('listitem').filter({ hasText: 'role:' });
    await expect.element(role).toHaveTextContent('role: "admin" changed');
    await expect
      .element(after.getByRole('listitem').filter({ hasText: 'team:' }))
      .toHaveTextContent('team: "ops"');
    expect(after.getByRole('listitem').filter({ hasText: 'team:' }).element().textContent).not.toMatch(
      /changed/,
    );
    // A changed branch says so after its key.
    await expect
      .element(after.getByRole('listitem').filter({ hasText: /^scopes/ }))
      .toHaveTextContent(/^scopes changed \[2\]/);
    const value = getComputedStyle(after.getByText('"admin"').element());
    expect(value.overflowWrap).toBe('anywhere');
    expect(value.direction).toBe('ltr');
    expect(value.unicodeBidi).toBe('isolate');
    // Not colour alone for sighted readers either: a frame, like the unchanged value lacks.
    expect(value.borderTopStyle).toBe('solid');
    expect(getComputedStyle(after.getByText('"ops"').element()).borderTopStyle).toBe('none');
    expect(await axeViolations(screen.container)).toEqual([]);
  });

  it('is said in the log’s language', async () => {
    const screen = await renderDiff(de.messages, de.locale);
    await expect
      .element(
        screen.getByRole('region', { name: 'Nachher' }).getByRole('listitem').filter({ hasText: 'role:' }),
      )
      .toHaveTextContent('role: "admin" geändert');
  });

  describe('in forced colours (Windows High Contrast), which drop the highlight', () => {
    beforeEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: 'active' }],
      });
    });
    afterEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    });

    it('keeps a frame in a system colour that the unchanged value lacks', async () => {
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const screen = await renderDiff();
      const after = screen.getByRole('region', { name: 'After' });
      await expect.element(after.getByText('"admin"')).toBeVisible();
      const probe = document.createElement('div');
      probe.style.cssText = 'forced-color-adjust: none; color: Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const changed = getComputedStyle(after.getByText('"admin"').element());
      expect(changed.borderTopStyle).toBe('solid');
      expect(parseFloat(changed.borderTopWidth)).toBeGreaterThanOrEqual(1);
      expect(changed.borderTopColor).toBe(highlight);
      expect(getComputedStyle(after.getByText('"ops"').element()).borderTopStyle).toBe('none');
    });
  });
});

it('draws a bigint leaf (a host’s own payload may hold one) as its digits, instead of failing', async () => {
  const screen = await render(
    <AuditUiProvider locale="en-US">
      <AuditRoot>
        <JsonTree value={{ bytes: 12345678901234567890n, nested: { count: 1n } }} />
        <BeforeAfter before={{ quota: 1n }} after={{ quota: 2n }} />
      </AuditRoot>
    </AuditUiProvider>,
  );
  await expect.element(screen.getByText('12345678901234567890')).toBeVisible();
  await expect.element(screen.getByText('1', { exact: true }).first()).toBeVisible();
  await expect
    .element(screen.getByRole('region', { name: 'After' }).getByRole('listitem'))
    .toHaveTextContent('quota: 2 changed');
  expect(screen.getByRole('alert').elements()).toHaveLength(0);
});

describe('a change deep inside a branch', () => {
  const renderDiff = (before: unknown, after: unknown) =>
    render(
      <AuditUiProvider locale="en-US">
        <AuditRoot>
          <BeforeAfter before={before} after={after} />
        </AuditRoot>
      </AuditUiProvider>,
    );
  // A key's list item on one side ("Before", "After"), by the text it starts with.
  const item = (screen: Awaited<ReturnType<typeof render>>, side: string, key: string) =>
    screen
      .getByRole('region', { name: side })
      .getByRole('listitem')
      .filter({ hasText: new RegExp(`^${key}`) });

  it('marks the changed leaf and each key on the way to it, on both sides, and nothing else', async () => {
    const screen = await renderDiff(
      { user: { email: 'a', name: 'n' }, team: 'ops' },
      { user: { email: 'b', name: 'n' }, team: 'ops' },
    );
    for (const [side, value] of [
      ['Before', '"a"'],
      ['After', '"b"'],
    ] as const) {
      await expect.element(item(screen, side, 'user')).toHaveTextContent(/^user changed \{2\}/);
      await expect.element(item(screen, side, 'email:')).toHaveTextContent(`email: ${value} changed`);
      expect(screen.getByRole('region', { name: side }).getByText(value).element()).toHaveAttribute(
        'data-changed',
      );
      await expect.element(item(screen, side, 'name:')).toHaveTextContent('name: "n"');
      expect(item(screen, side, 'name:').element().textContent).not.toMatch(/changed/);
      expect(screen.getByRole('region', { name: side }).getByText('"n"').element()).not.toHaveAttribute(
        'data-changed',
      );
      expect(item(screen, side, 'team:').element().textContent).not.toMatch(/changed/);
    }
  });

  it('marks an item added to a nested list, and a key whose value changed kind, but not inside the new value', async () => {
    const screen = await renderDiff(
      { meta: { tags: ['a'], owner: 'x' } },
      { meta: { tags: ['a', 'b'], owner: { id: 'x' } } },
    );
    await expect.element(item(screen, 'After', 'tags')).toHaveTextContent(/^tags changed \[2\]/);
    await screen.getByRole('region', { name: 'After' }).getByRole('button', { name: 'Toggle tags' }).click();
    await expect.element(item(screen, 'After', '1:')).toHaveTextContent('1: "b" changed');
    expect(item(screen, 'After', '0:').element().textContent).not.toMatch(/changed/);
    await expect.element(item(screen, 'After', 'owner')).toHaveTextContent(/^owner changed \{1\}/);
    await screen.getByRole('region', { name: 'After' }).getByRole('button', { name: 'Toggle owner' }).click();
    expect(item(screen, 'After', 'id:').element().textContent).not.toMatch(/changed/);
  });
});
