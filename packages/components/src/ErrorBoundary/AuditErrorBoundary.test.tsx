// After a failure, the boundary mounts its children afresh when one of its reset keys changes (as Retry does), and
// only then: a re-render with the same keys keeps the error state.
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
