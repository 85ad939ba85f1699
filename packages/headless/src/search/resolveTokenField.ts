import type { AuditSearchField } from './auditSearch.types.ts';
import type { AuditSearchFields } from './auditSearchFields.ts';
import type { AuditSearchToken } from './tokenizeAuditSearch.ts';

/**
 * The field a term's name means. Bare (`user:bob`), any name the field answers to: its column's name, display
 * name or an alias, in any case. In quotes (`"user":bob`), only the exact name of a filterable column: quotes are
 * how a filter on a column that is no search field is written (formatAuditSearch), and such a column may be
 * called like an alias (`user`, `time`) or a display name (`User`, `IP Address`) of another. Read as that
 * other field, editing the search turned the column's filter into an actor or a time filter, changing the
 * results without a word; read as the exact name, it stays that column's filter, or an unknown field shown as a
 * problem until the metadata makes it one.
 */
export function resolveTokenField(
  fields: AuditSearchFields,
  token: Pick<AuditSearchToken, 'field' | 'quoted'>,
): AuditSearchField | undefined {
  if (token.field === undefined) return undefined;
  return token.quoted ? fields.byColumn(token.field) : fields.resolve(token.field);
}
