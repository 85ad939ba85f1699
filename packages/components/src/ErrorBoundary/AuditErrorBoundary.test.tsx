// After a failure, the boundary mounts its children afresh when one of its reset keys changes (as Retry does), and
// only then: a re-render with the same keys keeps the error state.
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { AuditErrorBoundary } from './AuditErrorBoundary.tsx';

function Account({ signedIn }: { signedIn: boolean }) {
  if (!signedIn) throw new Error('signed out');
  return <p>Signed in</p>;
}

describe('AuditErrorBoundary resetKeys', () => {
  it('shows the children again when a reset key changes after a failure, not on a re-render with the same keys', async () => {
    const onError = vi.fn();
    const guarded = (signedIn: boolean, key: string) => (
      <AuditErrorBoundary onError={onError} resetKeys={[key]}>
        <Account signedIn={signedIn} />
      </AuditErrorBoundary>
    );
    const screen = await render(guarded(true, 'ada'));
    await expect.element(screen.getByText('Signed in')).toBeVisible();

    // The keys change in the very render that fails: the error state shows.
    await screen.rerender(guarded(false, 'none'));
    await expect.element(screen.getByRole('alert')).toBeVisible();
    expect(onError).toHaveBeenCalledTimes(1);

    await screen.rerender(guarded(true, 'none'));
    await expect.element(screen.getByRole('alert')).toBeVisible();

    await screen.rerender(guarded(true, 'ada'));
    await expect.element(screen.getByText('Signed in')).toBeVisible();
    expect(screen.getByRole('alert').elements()).toHaveLength(0);
  });
});

// A failure that takes the focus away with the part hands it to Retry, and Retry back to the part: else it fell
// to the page's body and the next Tab started from the top of the page. Focus elsewhere on the page stays.
describe('AuditErrorBoundary focus', () => {
  function Fragile({ broken = false }: { broken?: boolean }) {
    const [clicked, setBroken] = useState(false);
    if (broken || clicked) throw new Error('broken');
    return (
      <button type="button" onClick={() => setBroken(true)}>
        Break
      </button>
    );
  }

  it('focuses Retry when the part fails with focus inside it, and the part again after Retry', async () => {
    const screen = await render(
      <>
        <input aria-label="Host search" />
        <AuditErrorBoundary part="Fragile">
          <Fragile />
        </AuditErrorBoundary>
      </>,
    );
    await screen.getByRole('button', { name: 'Break' }).click();
    const retry = screen.getByRole('button', { name: 'Retry' });
    await expect.element(retry).toBeVisible();
    expect(document.activeElement).toBe(retry.element());

    await retry.click();
    const again = screen.getByRole('button', { name: 'Break' });
    await expect.element(again).toBeVisible();
    expect(document.activeElement).toBe(again.element());
  });

  it("leaves focus on the host's page where the part fails and where it shows again", async () => {
    const guarded = (broken: boolean, key: string) => (
      <>
        <input aria-label="Host search" />
        <AuditErrorBoundary part="Fragile" resetKeys={[key]}>
          <Fragile broken={broken} />
        </AuditErrorBoundary>
      </>
    );
    const screen = await render(guarded(false, 'a'));
    const search = screen.getByRole('textbox', { name: 'Host search' });
    (search.element() as HTMLElement).focus();

    await screen.rerender(guarded(true, 'a'));
    await expect.element(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(document.activeElement).toBe(search.element());

    await screen.rerender(guarded(false, 'b'));
    await expect.element(screen.getByRole('button', { name: 'Break' })).toBeVisible();
    expect(document.activeElement).toBe(search.element());
  });
});
