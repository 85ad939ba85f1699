// A log in a shadow root or an iframe sees no focus of its own (or its body's) while the host page around it has
// it: read as "lost", the log pulled the user back from the host's own search box when a Retry's rows or an export
// arrived.
import { afterEach, describe, expect, it } from 'vitest';
import { focusLost } from './focusLost.ts';

const added: Element[] = [];
function add<T extends Element>(element: T): T {
  document.body.append(element);
  added.push(element);
  return element;
}
afterEach(() => {
  for (const element of added.splice(0)) element.remove();
});

function hostSearch() {
  const input = add(document.createElement('input'));
  input.setAttribute('aria-label', 'Host search');
  return input;
}

describe('focusLost', () => {
  it('in a shadow root: not lost while a control of the host page has focus, lost when nothing has', () => {
    const host = add(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    root.append(button);
    button.focus();
    expect(focusLost(button)).toBe(false);
    button.remove();
    expect(focusLost(root)).toBe(true);
    hostSearch().focus();
    expect(focusLost(root)).toBe(false);
  });

  it('in an iframe: not lost while a control of the page around it has focus, lost when nothing has', async () => {
    const frame = add(document.createElement('iframe'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const inner = frame.contentDocument!;
    const button = inner.createElement('button');
    inner.body.append(button);
    button.focus();
    expect(focusLost(button)).toBe(false);
    button.remove();
    expect(focusLost(inner.body)).toBe(true);
    hostSearch().focus();
    expect(focusLost(inner.body)).toBe(false);
  });
});
