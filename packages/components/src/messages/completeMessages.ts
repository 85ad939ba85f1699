import { defaultMessages, type AuditMessages } from './defaultMessages.ts';
import { mergeMessages } from './mergeMessages.ts';

/** Translations already warned about, by their missing keys: once per pack and page, not once per render. */
const warned = new Set<string>();

/**
 * A translation's messages with English for any it lacks. A host's own pack written for an earlier version (a key
 * added since, in a minor release), or built from JSON, lacked one: the part calling it failed to render ("not a
 * function") and showed its error panel in place of, say, the pagination. A development build says which keys.
 */
export function completeMessages(messages: AuditMessages, locale: string | undefined): AuditMessages {
  const own = messages as unknown as Record<string, unknown>;
  const english = defaultMessages as unknown as Record<string, unknown>;
  const ownValue = (key: string) => (Object.hasOwn(own, key) ? own[key] : undefined);
  // Left out, `undefined` (a spread of an optional one) or of another kind (text for a function): none can be used.
  const unusable = Object.keys(english).filter((key) => typeof ownValue(key) !== typeof english[key]);
  if (unusable.length === 0) return messages;
  // Those of another kind, mergeMessages names itself as it leaves them out; the ones without a word, here.
  const missing = unusable.filter((key) => ownValue(key) === undefined);
  const list = missing.join(', ');
  // `process.env.NODE_ENV` written out, not behind a helper: a bundler folds only the expression itself, and drops
  // this text from a production build with it. TanStack Query reads it on every query, so no host lacks it.
  if (process.env.NODE_ENV !== 'production' && missing.length > 0 && !warned.has(list) && warned.size < 64) {
    warned.add(list);
    console.warn(
      `[auditkit] The translation${locale ? ` (${locale})` : ''} has no ${list}, so English is used for ` +
        `${missing.length === 1 ? 'it' : 'them'}. See AuditMessages for every message a translation gives.`,
    );
  }
  return mergeMessages(defaultMessages, messages);
}
