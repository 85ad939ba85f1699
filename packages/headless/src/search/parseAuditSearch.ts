import { auditQueryLimits } from '../query/auditQueryLimits.ts';
import { auditSeverities, knownSeverity } from './auditSeverities.ts';
import type {
  AuditSearchHint,
  AuditSearchOperator,
  AuditSearchOptions,
  AuditSearchParse,
  AuditSearchProblem,
  AuditSearchTerm,
} from './auditSearch.types.ts';
import { auditSearchFields } from './auditSearchFields.ts';
import { parseTimeValue } from './auditSearchTime.ts';
import { nearestName } from './nearestName.ts';
import { resolveTokenField } from './resolveTokenField.ts';
import {
  bareDashValues,
  booleanWords,
  comparisonWithoutColon,
  groupingParenthesis,
  quoteSearchValue,
  splitSearchValues,
  tokenizeAuditSearch,
  type AuditSearchToken,
} from './tokenizeAuditSearch.ts';
import { safeZone } from './zonedTime.ts';
import type { AuditTimeRange } from '../query/AuditQuery.ts';

const operatorPattern = /^(>=|<=|>|<)/;
const negativeNumber = /^-\d+(?:\.\d+)?$/;

import { maxAuditSearchText } from './maxAuditSearchText.ts';

export { maxAuditSearchText };
const notSpace = /\S/g;

/**
 * `NOT`, `OR`, `AND` and parentheses, which other search boxes read as operators: the audits API takes one text and
 * exact values, every term must match, so none can apply. Read as text they searched for "OR" and matched nothing,
 * without a word; refused as a negation is, with what to write instead.
 */
const booleanProblem = (word: string, raw: string): AuditSearchProblem =>
  word === 'NOT'
    ? problem(
        'boolean-unsupported',
        `The audits API cannot leave out terms, so "NOT" is not applied. To search for the word, quote it: "NOT".`,
        { reason: 'not-operator', suggestion: '"NOT"' },
      )
    : word === 'OR'
      ? problem(
          'boolean-unsupported',
          `Every term must match; the audits API cannot match one or the other, so "OR" is not applied. For either of two values, give both to one field: actor:a,b. To search for the word, quote it: "OR".`,
          { reason: 'or-operator', suggestion: '"OR"' },
        )
      : word === 'AND'
        ? problem(
            'boolean-unsupported',
            `Every term must match already, so "AND" is not applied. To search for the word, quote it: "AND".`,
            { reason: 'and-operator', suggestion: '"AND"' },
          )
        : problem(
            'boolean-unsupported',
            `Parentheses do not group terms (every term must match), so "${raw}" is not applied. Leave the parentheses out, or quote the text to search for it as written.`,
            { reason: 'parenthesis' },
          );

/**
 * Look-alike punctuation pasted from documents, chat or tickets, or typed by an input method: read as letters,
 * `actor:“Ada Lovelace”` filtered on `“Ada` and searched for `Lovelace”`, and `severity：high` searched for the
 * text, without a word; so was a comparison written as other query languages write it, with no `:`
 * (`created>=2026-11-01`). Refused as `OR` is, with the term written as meant (`straight`) one click away: only where
 * that term applies (see `fixProblem`); without the offer where it is no single term, which no click can make.
 */
const lookAlikeProblem = (
  reason: 'quote' | 'colon' | 'comparison',
  raw: string,
  straight: string,
  offered = true,
): AuditSearchProblem =>
  problem(
    'look-alike',
    reason === 'quote'
      ? `Curly, angle and corner quotes (“ ” „ « » ＂ 「 」 『 』) are not search quotes, so "${raw}" is not applied. Write straight quotes: ${straight}. To search for the marks themselves, put them inside straight quotes.`
      : reason === 'colon'
        ? `A field is written with a plain colon ":", not the full-width "：", so "${raw}" is not applied. Write: ${straight}. To search for the "：" itself, put it inside straight quotes.`
        : `A comparison comes after the field's colon, so "${raw}" is not applied. Write: ${straight}. To search for the text as written, put it inside straight quotes.`,
    { reason, suggestion: offered ? straight : undefined },
  );

/** What a translation needs besides the code: the nearest name, the exact reason, a limit, the known fields. */
type ProblemDetail = Pick<AuditSearchProblem, 'suggestion' | 'reason' | 'limit' | 'fields'>;

const problem = (
  code: AuditSearchProblem['code'],
  message: string,
  detail: ProblemDetail = {},
): AuditSearchProblem => {
  // Only the details there are: a problem compares equal to one written out by hand in a host's tests.
  const given = Object.entries(detail).filter(([, value]) => value !== undefined);
  return { code, message, ...(Object.fromEntries(given) as ProblemDetail) };
};

/** Two time terms narrow each other (`created:>=a created:<=b`); a preset cannot be combined. */
function mergeTime(previous: AuditTimeRange, next: AuditTimeRange): AuditTimeRange | undefined {
  if (!previous) return next;
  if (!next || 'preset' in previous || 'preset' in next) return undefined;
  const from = [previous.from, next.from].filter(Boolean).sort().at(-1);
  const to = [previous.to, next.to].filter(Boolean).sort()[0];
  if (from && to && from > to) return undefined;
  return { ...(from && { from }), ...(to && { to }) };
}

/**
 * Reads search text into a query: free text becomes `search`, field terms become filters and the time range.
 * Pure and total: any input (quotes left open, `__proto__`, control characters, megabytes: only the first
 * `maxAuditSearchText` characters are read, the rest is one term with a problem) gives a result promptly, and
 * a term that cannot apply is kept as a term with a `problem` (unknown field with the nearest name, bad value,
 * negation the API cannot express) instead of being dropped or guessed. A severity is any non-empty value: one
 * of the API's five in any case is written canonically, any other is kept as typed (with a `hint` when it looks
 * like a typo of one of the five).
 *
 * @example
 * ```ts
 * parseAuditSearch('login actor:ada@acme.test severity:high,critical created:>=2026-11-01').query;
 * // { search: 'login', filters: { email: ['ada@acme.test'], severity: ['High', 'Critical'] },
 * //   time: { from: '2026-11-01T00:00:00.000Z' } }
 * ```
 */
export function parseAuditSearch(text: string, options: AuditSearchOptions = {}): AuditSearchParse {
  const fields = auditSearchFields(options.columns, options);
  const zone = safeZone(options.timeZone);
  const now = options.now ?? new Date();
  const words: string[] = [];
  // The length of `words` joined by spaces, kept as they come: joining them again for each word took a 50,000-
  // character query of short words a quarter of a second (quadratic).
  let wordsLength = -1;
  let time: AuditTimeRange = null;
  // A Map until the end: column names are data (`__proto__`, `constructor` must stay plain keys).
  const filters = new Map<string, string[]>();
  const terms: AuditSearchTerm[] = [];

  // A fix is offered only where it applies: one refused again (`-actor:"Ada L"` from `-actor：“Ada L”`, as the API
  // cannot leave out values; `actor:>x`, as only times compare) was a dead end, so such a term gets the fix's own
  // problem instead. Read where the term stands, after the terms before it (a second time range may not narrow the
  // first), and not applied: a term written with a look-alike is never applied.
  const fixProblem = (fix: AuditSearchToken): AuditSearchProblem | undefined => read(fix, false).problem;
  // The term as meant, read as it would be typed, at the same place. It holds no look-alike quote any more, so the
  // fix reads none again; one that still would, or that is no single term, is not offered (no click can apply it).
  const lookAlike = (
    token: AuditSearchToken,
    reason: 'quote' | 'colon',
    straight: string,
  ): AuditSearchProblem => {
    const [fix, ...more] = tokenizeAuditSearch(straight);
    if (!fix || more.length > 0 || fix.straightened !== undefined)
      return lookAlikeProblem(reason, token.raw, straight, false);
    const placed = { ...fix, start: token.start, end: token.start + fix.raw.length };
    return fixProblem(placed) ?? lookAlikeProblem(reason, token.raw, straight);
  };

  // `created>=2026-11-01`, `time>today`: a comparison with no `:`, as other query languages write one. Read as text,
  // the API searched for it as written and the table came back empty, without a word. Only a field's name before
  // the operator (`5>3`, `x>y` stay text); on the legacy list `users`, as its `users:` term says what to use instead.
  // The term with its `:` is offered only where it would apply (`fixProblem`: not `action:>x`, `-created:>x`, nor
  // `users:>u-1` there).
  const withUsers = options.legacy ? auditSearchFields(options.columns) : fields;
  const comparison = (token: AuditSearchToken): AuditSearchTerm | undefined => {
    const written = token.straightened ?? token.raw;
    const rest = token.negated ? written.slice(1) : written;
    const match = comparisonWithoutColon.exec(rest);
    if (!match) return undefined;
    const [, name = '', operator] = match;
    const field = fields.resolve(name);
    if (!field && withUsers.resolve(name)?.column !== 'users') return undefined;
    const straight = `${token.negated ? '-' : ''}${name}:${rest.slice(name.length)}`;
    const base = { raw: token.raw, start: token.start, end: token.end, negated: token.negated };
    // Its token has a field, so reading it reads no comparison again.
    const told = fixProblem({ ...base, raw: straight, field: name, body: rest.slice(name.length) });
    return {
      ...base,
      kind: 'field',
      fieldText: name,
      ...(field && { field }),
      operator: operator as AuditSearchOperator,
      values: splitSearchValues(rest.slice(match[0].length)),
      problem: told ?? lookAlikeProblem('comparison', token.raw, straight),
    };
  };

  // `apply` false reads the term against the terms before it and changes nothing (a fix's, see `fixProblem`).
  const read = (typed: AuditSearchToken, apply = true): AuditSearchTerm => {
    // A name no field answers to before a full-width colon is text (`注意：重要`), as it always was: only a
    // field's name with one is a term written with the wrong colon.
    const token: AuditSearchToken =
      typed.wideColon && !resolveTokenField(fields, typed)
        ? {
            raw: typed.raw,
            start: typed.start,
            end: typed.end,
            negated: typed.negated,
            body: typed.negated ? typed.raw.slice(1) : typed.raw,
            ...(typed.straightened !== undefined && { straightened: typed.straightened }),
          }
        : typed;
    const base = { raw: token.raw, start: token.start, end: token.end, negated: token.negated };
    const grouping = groupingParenthesis(token);
    if (token.field === undefined) {
      const compared = comparison(token);
      if (compared) return compared;
      const phrase = splitSearchValues(token.body, false)[0] ?? '';
      const term = { ...base, kind: 'text' as const, values: [phrase] };
      if (token.straightened !== undefined)
        return {
          ...term,
          values: [splitSearchValues(token.straightened.slice(token.negated ? 1 : 0), false)[0] ?? ''],
          problem: lookAlike(token, 'quote', token.straightened),
        };
      if (token.negated)
        return {
          ...term,
          problem: problem(
            'negation-unsupported',
            `The audits API cannot leave out text. Quote it to search for it: "${token.raw}".`,
          ),
        };
      if (grouping || booleanWords.has(token.raw))
        return { ...term, problem: booleanProblem(token.raw, token.raw) };
      // A link or a saved view carries this much text (auditQueryLimits): more would be lost on the way back.
      if (phrase && wordsLength + 1 + phrase.length > auditQueryLimits.search)
        return {
          ...term,
          problem: problem(
            'invalid-value',
            `The search text has at most ${auditQueryLimits.search} characters; this part is not applied.`,
            { reason: 'search-too-long', limit: auditQueryLimits.search },
          ),
        };
      if (phrase && apply) {
        words.push(phrase);
        wordsLength += 1 + phrase.length;
      }
      return term;
    }
    const field = resolveTokenField(fields, token);
    // The field as typed, quotes and all (`"Risk level":`), for a fix that must read back as this field.
    const head = token.raw.slice(0, token.raw.length - token.body.length);
    const fieldTerm = {
      ...base,
      kind: 'field' as const,
      fieldText: token.field,
      fieldEnd: token.start + head.length,
    };
    if (!field) {
      const known = fields.list.map((item) => item.name);
      // The filter by user id, which the legacy list cannot apply (`legacy`): the user is filtered there by email.
      if (
        options.legacy &&
        resolveTokenField(auditSearchFields(options.columns), token)?.column === 'users'
      ) {
        const email = fields.byColumn('email')?.name;
        return {
          ...fieldTerm,
          values: splitSearchValues(token.body),
          problem: problem(
            'unknown-field',
            `This log cannot filter by user ID, so "${token.field}:" is not applied.${email ? ` Filter by email instead, with "${email}:".` : ''}`,
            { reason: 'legacy-user-id', suggestion: email, fields: known },
          ),
        };
      }
      const names = fields.list.flatMap((item) => [item.name, ...item.names]);
      // A quoted name that a field answers to bare (`"user":`, `"IP Address":`) is offered as that field, with
      // the reason: taking it is the user's choice, never a silent reading.
      const bare = token.quoted ? fields.resolve(token.field)?.name : undefined;
      const nearest = nearestName(token.field, names);
      const resolved = bare ?? (nearest === undefined ? undefined : fields.resolve(nearest)?.name);
      return {
        ...fieldTerm,
        values: splitSearchValues(token.body),
        problem: problem(
          'unknown-field',
          bare
            ? `Unknown field "${token.field}": a name in quotes is a column's exact name. Did you mean "${bare}:"?`
            : resolved
              ? `Unknown field "${token.field}". Did you mean "${resolved}:"?`
              : `Unknown field "${token.field}". Known fields: ${known.join(', ')}.`,
          { suggestion: resolved, fields: known },
        ),
      };
    }
    if (token.wideColon || token.straightened !== undefined) {
      // The name as written (no look-alike quote can be in it: those in quotes are the name's own letters).
      const straight = `${token.wideColon ? `${head.slice(0, -1)}:` : head}${(token.straightened ?? token.raw).slice(head.length)}`;
      return {
        ...fieldTerm,
        field,
        values: splitSearchValues(straight.slice(head.length)),
        problem: lookAlike(token, token.wideColon ? 'colon' : 'quote', straight),
      };
    }
    const operatorMatch = operatorPattern.exec(token.body);
    const body = operatorMatch ? token.body.slice(operatorMatch[0].length) : token.body;
    const values = splitSearchValues(body);
    const isRange = field.kind === 'time' && !operatorMatch && body.includes('..');
    const operator = (operatorMatch?.[0] ?? (isRange ? '..' : ':')) as AuditSearchOperator;
    const term = { ...fieldTerm, field, operator, values };
    const fail = (code: AuditSearchProblem['code'], message: string, detail?: ProblemDetail) => ({
      ...term,
      problem: problem(code, message, detail),
    });
    if (grouping) return { ...term, problem: booleanProblem('', token.raw) };
    if (values.every((value) => value === ''))
      return fail('empty-value', `Type a value after "${field.name}:".`);
    if (token.negated)
      return fail(
        'negation-unsupported',
        `The audits API cannot leave out values, so "-${field.name}:" is not applied.`,
      );
    if (field.kind === 'time') {
      if (values.length > 1)
        return fail('invalid-value', `"${field.name}:" takes one date or range.`, { reason: 'one-value' });
      const read = parseTimeValue(operator === '..' ? ':' : operator, values[0]!, zone, now);
      if ('error' in read) return fail('invalid-value', read.error, { reason: read.reason });
      const merged = mergeTime(time, read.time);
      if (merged === undefined)
        return fail(
          'conflict',
          `A second time term that does not narrow the first; only one time range applies.`,
        );
      if (apply) time = merged;
      return term;
    }
    if (operatorMatch)
      return fail(
        'operator-unsupported',
        `"${operatorMatch[0]}" compares times only; "${field.name}:" matches values.`,
      );
    // `actor:-bob` reads as "leave bob out", which the API cannot do: applied as the value "-bob" it matched no
    // event, without a word. Refused as `-actor:bob` is, offering the value quoted; a negative number is a value.
    const dashes = bareDashValues(body);
    if (values.some((value, index) => dashes[index] && value.length > 1 && !negativeNumber.test(value))) {
      const quotedTerm = `${head}${values.map((value) => quoteSearchValue(value)).join(',')}`;
      return fail(
        'negation-unsupported',
        `The audits API cannot leave out values, so "${token.raw}" is not applied. Quote the value to search for it: ${quotedTerm}.`,
        { suggestion: quotedTerm },
      );
    }
    let accepted = values.filter((value) => value !== '');
    let hint: AuditSearchHint | undefined;
    if (field.kind === 'severity') {
      // A level the API defines is written canonically (`high` → `High`); any other value is a severity of the
      // tenant's own data (Frontegg's carries `Attention`), kept exactly as typed and applied, never refused. One
      // typo away from a level, it applies all the same, with a hint naming the level it may have meant.
      accepted = accepted.map((value) => knownSeverity(value) ?? value);
      for (const value of accepted) {
        if ((auditSeverities as readonly string[]).includes(value)) continue;
        const nearest = nearestName(value, auditSeverities);
        if (nearest === undefined) continue;
        // The whole term rewritten, every value as it must be written to read back the same: replacing just the
        // value's characters would need its place among quotes, escapes and other values.
        const fixed = [...new Set(accepted.map((item) => (item === value ? nearest : item)))];
        hint = {
          code: 'unknown-severity',
          message: `"${value}" is not one of the API's severities; it is applied as typed. Did you mean "${nearest}"?`,
          value,
          suggestion: nearest,
          replacement: `${head}${fixed.map((item) => quoteSearchValue(item)).join(',')}`,
        };
        break;
      }
    }
    // What a link or a saved view carries (auditQueryLimits); a term beyond it would be lost on the way back.
    if (accepted.some((value) => value.length > auditQueryLimits.value))
      return fail('invalid-value', `A value has at most ${auditQueryLimits.value} characters.`, {
        reason: 'value-too-long',
        limit: auditQueryLimits.value,
      });
    const merged = [...new Set([...(filters.get(field.column) ?? []), ...accepted])];
    if (merged.length > auditQueryLimits.values)
      return fail('invalid-value', `"${field.name}:" takes at most ${auditQueryLimits.values} values.`, {
        reason: 'too-many-values',
        limit: auditQueryLimits.values,
      });
    if (!filters.has(field.column) && filters.size >= auditQueryLimits.columns)
      return fail('invalid-value', `At most ${auditQueryLimits.columns} fields can be filtered at once.`, {
        reason: 'too-many-fields',
        limit: auditQueryLimits.columns,
      });
    if (apply) filters.set(field.column, merged);
    return hint ? { ...term, values: accepted, hint } : { ...term, values: accepted };
  };

  // Past the most text read, one term with the problem, from the first term the cut runs into (a term ending
  // at the cut may go on after it) or the first one after it; the text before it reads as usual.
  const source = typeof text === 'string' ? text : '';
  const tokens = tokenizeAuditSearch(source.slice(0, maxAuditSearchText));
  let rest = -1;
  if (source.length > maxAuditSearchText) {
    notSpace.lastIndex = maxAuditSearchText;
    rest =
      tokens.at(-1)?.end === maxAuditSearchText ? tokens.pop()!.start : (notSpace.exec(source)?.index ?? -1);
  }
  for (const token of tokens) terms.push(read(token));
  if (rest >= 0) {
    const raw = source.slice(rest);
    terms.push({
      kind: 'text',
      raw,
      start: rest,
      end: source.length,
      negated: false,
      values: [raw],
      problem: problem(
        'invalid-value',
        `The search text has at most ${maxAuditSearchText} characters in all (the audits API takes no longer request); from here on it is not applied.`,
        { reason: 'search-past-read', limit: maxAuditSearchText },
      ),
    });
  }
  return {
    query: { search: words.join(' '), time, filters: Object.fromEntries(filters) },
    terms,
    problems: terms.filter((term) => term.problem !== undefined),
  };
}
