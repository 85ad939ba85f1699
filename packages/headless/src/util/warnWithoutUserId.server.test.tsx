// @vitest-environment node
// A host rendering the log on the server without a `userId` got the warning in its server's output (and a script
// that prints the render as JSON, as the consumer apps' do, printed it first): nothing is kept on a server either way.
import { renderToString } from 'react-dom/server';
import { expect, it, vi } from 'vitest';
import { defaultAuditColumns } from '../client/defaultAuditColumns.ts';
import { useColumnPreferences } from '../react/useColumnPreferences.ts';

function Columns() {
  const { visibleColumns } = useColumnPreferences({ columns: defaultAuditColumns, storageKey: 'acme.audit' });
  return <p>{visibleColumns.length}</p>;
}

it('renders column choices without a userId on the server, warning nothing', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(renderToString(<Columns />)).toContain('<p>');
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});
