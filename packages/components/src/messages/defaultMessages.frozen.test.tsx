// `defaultMessages` is exported for hosts to spread, and it is also what fills the keys a host's messages lack:
// an assignment into it (`defaultMessages.nextPage = 'x'`) renamed that control in every log on the page. Frozen,
// nested labels too, the assignment throws (modules are strict) and the log keeps its English words.
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../test/mockApi.ts';
import { renderAuditLog } from '../test/renderAuditLog.tsx';
import { defaultMessages, type AuditMessages } from './defaultMessages.ts';

setupMockApi();

describe('defaultMessages', () => {
  it('cannot be changed, so every log keeps its words', async () => {
    const messages = defaultMessages as AuditMessages;
    expect(() => {
      messages.nextPage = 'Elsewhere';
    }).toThrow(TypeError);
    expect(() => {
      (messages.severityLabels as Record<string, string>).High = 'Elsewhere';
    }).toThrow(TypeError);
    const screen = await renderAuditLog({ messages: { retry: 'Try again' }, newEventsInterval: false });
    await expect.element(screen.getByRole('button', { name: 'Next page' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Elsewhere' }).elements()).toHaveLength(0);
  });
});
