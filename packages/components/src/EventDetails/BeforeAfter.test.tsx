import { expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { BeforeAfter } from './BeforeAfter.tsx';

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
