import type { AuditMessages } from './defaultMessages.ts';

/**
 * A host's overrides on top of a language's messages. `fieldLabels` is merged key by key, so labelling one
 * custom field keeps the language's labels of the others; every other message is replaced whole.
 */
export function mergeMessages(
  base: AuditMessages,
  overrides: Partial<AuditMessages> | undefined,
): AuditMessages {
  if (!overrides) return base;
  const merged = { ...base, ...overrides };
  if (overrides.fieldLabels) merged.fieldLabels = { ...base.fieldLabels, ...overrides.fieldLabels };
  return merged;
}
