// A log in a shadow root or an iframe (hosts that isolate styles) sees no focus of its own while the host page
// around it has it. Read as "focus lost", the rows a Retry brought pulled the user back from the host's own search
// box into the grid, mid-typing.
import { describe, expect, it, onTestFinished } from 'vitest';
import { render } from 'vitest-browser-react';
import { setupMockApi } from '../test/mockApi.ts';
import { testAuditLogProps } from '../test/renderAuditLog.tsx';
import { renderInFrame } from '../test/renderInFrame.tsx';
import { AuditLog } from './AuditLog.tsx';

const api = setupMockApi();

function hostSearch() {
  const input = document.createElement('input');
  input.setAttribute('aria-label', 'Host search');
  document.body.prepend(input);
  onTestFinished(() => input.remove());
  return input;
}

const settle = () =>
  new Promise<void>((resolve) => {
    let left = 6;
    const step = () => (left-- === 0 ? resolve() : requestAnimationFrame(step));
    step();
  });

/** Presses Retry, then the user goes on in the host page while the answer is on its way. */
async function retryThenLeave(root: ParentNode, outside: HTMLElement) {
  const retry = () =>
    [...root.querySelectorAll<HTMLButtonElement>('button')].find(
      (button) => button.textContent?.trim() === 'Retry',
    );
  await expect.poll(retry).toBeTruthy();
  api().resetScenario();
  api().setScenario({ latencyMs: 800 });
  retry()!.focus();
  retry()!.click();
  outside.focus();
  await expect
    .poll(() => root.querySelectorAll('tr[data-grid-row="event"]').length, { timeout: 10_000 })
    .toBeGreaterThan(5);
  await settle();
}

describe('<AuditLog> in a shadow root or an iframe, the host page holding focus', () => {
  it('leaves focus in the host page when a Retry’s rows come (shadow root)', async () => {
    api().setScenario({ status: { list: 500 }, retryAfterSeconds: 0 });
    const outside = hostSearch();
    const host = document.createElement('div');
    document.body.append(host);
    onTestFinished(() => host.remove());
    const shadow = host.attachShadow({ mode: 'open' });
    const container = document.createElement('div');
    shadow.append(container);
    await render(<AuditLog {...testAuditLogProps()} newEventsInterval={false} />, { container });
    await retryThenLeave(shadow, outside);
    expect(document.activeElement).toBe(outside);
    expect(shadow.activeElement).toBeNull();
  });

  it('leaves focus in the host page when a Retry’s rows come (iframe)', async () => {
    api().setScenario({ status: { list: 500 }, retryAfterSeconds: 0 });
    const outside = hostSearch();
    const { doc } = await renderInFrame(<AuditLog {...testAuditLogProps()} newEventsInterval={false} />);
    await retryThenLeave(doc, outside);
    expect(document.activeElement).toBe(outside);
  });
});
