import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { userEvent } from 'vitest/browser';
import { AuditRoot } from '../AuditRoot/AuditRoot.tsx';
import { AuditUiProvider } from '../context/AuditUiProvider.tsx';
import { axeViolations } from '../test/axe.ts';
import { AlphaNumericCell } from './AlphaNumericCell.tsx';
import { JsonCell } from './JsonCell.tsx';
import { renderCell } from './renderCell.tsx';
import { SeverityBadge } from './SeverityBadge.tsx';
import { TimestampCell } from './TimestampCell.tsx';
import { UserCell } from './UserCell.tsx';

describe('SeverityBadge', () => {
  it('gives every known level its own shape and its text, so colour is never the only signal', async () => {
    const levels = ['Info', 'Medium', 'High', 'Critical', 'Error'];
    const screen = await render(
      <div>
        {levels.map((level) => (
          <SeverityBadge key={level} value={level} />
        ))}
      </div>,
    );
    const shapes = new Set<string>();
    for (const level of levels) {
      const badge = screen.getByText(level, { exact: true }).element().parentElement!;
      expect(badge.dataset.severity).toBe(level.toLowerCase());
      shapes.add(badge.querySelector('path')!.getAttribute('d')!);
    }
    expect(shapes.size).toBe(levels.length);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every level and an unknown one at AA contrast in ${theme}`, async () => {
      const screen = await render(
        <AuditRoot theme={theme}>
          {['Info', 'Medium', 'High', 'Critical', 'Error', 'Weird'].map((level) => (
            <SeverityBadge key={level} value={level} />
          ))}
          <UserCell event={{ user: 'Ada', email: 'ada@example.com', actorMail: 'support@vendor.io' }} />
          <UserCell event={{}} />
        </AuditRoot>,
      );
      await expect.element(screen.getByText('Weird')).toBeVisible();
      expect(await axeViolations(screen.container)).toEqual([]);
    });
  }

  it('shows an unknown severity as its own text instead of dropping or crashing', async () => {
    const screen = await render(<SeverityBadge value="Catastrophic" />);
    const text = screen.getByText('Catastrophic');
    await expect.element(text).toBeVisible();
    expect(text.element().parentElement!.dataset.severity).toBe('unknown');
  });
});

describe('UserCell', () => {
  it('shows an event without a user as the system, never as unknown', async () => {
    const screen = await render(<UserCell event={{ user: undefined, email: '' }} />);
    await expect.element(screen.getByText('System')).toBeVisible();
  });

  it('shows name, email and who impersonated', async () => {
    const screen = await render(
      <UserCell event={{ user: 'Ada Lovelace', email: 'ada@example.com', actorMail: 'support@vendor.io' }} />,
    );
    await expect.element(screen.getByText('Ada Lovelace')).toBeVisible();
    await expect.element(screen.getByText('ada@example.com')).toBeVisible();
    await expect.element(screen.getByText('Impersonated by support@vendor.io')).toBeVisible();
  });

  it('names who impersonated when the event has no user, instead of calling it the system', async () => {
    const screen = await render(
      <UserCell event={{ user: '', email: null, actorMail: 'support@vendor.io' }} />,
    );
    await expect.element(screen.getByText('Impersonated by support@vendor.io')).toBeVisible();
    expect(screen.container.textContent).not.toContain('System');
  });

  it('names a user given by name alone or by id alone, never as the system', async () => {
    const screen = await render(
      <>
        <p data-testid="name">
          <UserCell event={{ user: 'Ada' }} />
        </p>
        <p data-testid="id">
          <UserCell event={{ userId: 'user1' }} />
        </p>
      </>,
    );
    await expect.element(screen.getByTestId('name')).toHaveTextContent(/^Ada$/);
    await expect.element(screen.getByTestId('id')).toHaveTextContent(/^user1$/);
  });
});

describe('renderCell', () => {
  it('shows a vendor’s own Email column’s address, not who acted (that is the email column’s)', async () => {
    const event = { user: 'Ada Admin', email: 'ada@acme.test', targetEmail: 'bob@acme.test' };
    const screen = await render(
      <table>
        <tbody>
          <tr>
            <td data-testid="target">
              {renderCell({ name: 'targetEmail', displayName: 'Target', type: 'Email' }, event)}
            </td>
            <td data-testid="actor">
              {renderCell({ name: 'email', displayName: 'User', type: 'Email' }, event)}
            </td>
          </tr>
        </tbody>
      </table>,
    );
    await expect.element(screen.getByTestId('target')).toHaveTextContent(/^bob@acme\.test$/);
    await expect.element(screen.getByTestId('actor')).toHaveTextContent('Ada Admin');
    // Without an actor the target is still shown, not "System".
    const alone = await render(
      <p data-testid="alone">
        {renderCell(
          { name: 'targetEmail', displayName: 'Target', type: 'Email' },
          { targetEmail: 'carol@acme.test' },
        )}
      </p>,
    );
    await expect.element(alone.getByTestId('alone')).toHaveTextContent(/^carol@acme\.test$/);
  });
});

describe('TimestampCell', () => {
  it('shows the time in the chosen zone with the zone named, and the relative time on focus', async () => {
    const screen = await render(
      <AuditUiProvider timeZone="Asia/Tokyo" locale="en-US">
        <div className="auditkit">
          <TimestampCell value="2026-11-26T01:00:00.000Z" now={new Date('2026-11-26T01:05:00.000Z')} />
          <p>Elsewhere</p>
        </div>
      </AuditUiProvider>,
    );
    const time = screen.getByText(/10:00:00 AM GMT\+9/);
    await expect.element(time).toBeVisible();
    expect(time.element().getAttribute('datetime')).toBe('2026-11-26T01:00:00.000Z');
    // The pointer is wherever the test before this one left it: on the cell, it would show the tip by hover.
    await userEvent.hover(screen.getByText('Elsewhere'));
    const tip = screen.getByRole('tooltip', { includeHidden: true });
    await expect.element(tip).not.toBeVisible();
    (time.element() as HTMLElement).focus();
    await expect.element(screen.getByRole('tooltip')).toHaveTextContent('5 minutes ago');
    await expect.element(time).toHaveAccessibleDescription('5 minutes ago');
  });

  it('shows an unparsable time as its text, not "Invalid Date"', async () => {
    const screen = await render(<TimestampCell value="yesterday-ish" />);
    await expect.element(screen.getByText('yesterday-ish')).toBeVisible();
  });
});

describe('AlphaNumericCell', () => {
  const text =
    'see https://example.com/a?b=1 or https://app.acme.test/users/42 or javascript:alert(1) and https://app.acme.test@evil.example/x';

  it('shows event text, URLs included, as plain text by default (issue 10, defect 9)', async () => {
    const screen = await render(
      <div className="auditkit">
        <AlphaNumericCell value={text} field="resource" />
      </div>,
    );
    await expect.element(screen.getByText(text)).toBeVisible();
    expect(screen.getByRole('link').elements()).toHaveLength(0);
  });

  it('links only opted-in fields, to allowed origins, showing the full destination', async () => {
    const links = { fields: ['resource'], origins: ['https://app.acme.test'] };
    const screen = await render(
      <AuditUiProvider links={links}>
        <div className="auditkit">
          <AlphaNumericCell value={text} field="resource" />
          <AlphaNumericCell value="other https://app.acme.test/users/42" field="description" />
        </div>
      </AuditUiProvider>,
    );
    const found = screen.getByRole('link').elements();
    expect(found).toHaveLength(1);
    expect(found[0]!.getAttribute('href')).toBe('https://app.acme.test/users/42');
    expect(found[0]!.textContent).toBe('https://app.acme.test/users/42');
    expect(found[0]!.getAttribute('rel')).toBe('noopener noreferrer');
    await expect.element(screen.getByText(/javascript:alert\(1\)/)).toBeVisible();
    await expect.element(screen.getByText(/https:\/\/example\.com\/a\?b=1/)).toBeVisible();
  });
});

describe('JsonCell', () => {
  it('expands the payload in place by a button that reports its state', async () => {
    const screen = await render(
      <JsonCell value={{ before: { role: 'viewer' }, after: { role: 'admin' } }} />,
    );
    const button = screen.getByRole('button', { name: 'Show data' });
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    const open = screen.getByRole('button', { name: 'Hide data' });
    await expect.element(open).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByText(/"role": "admin"/)).toBeVisible();
  });
});
