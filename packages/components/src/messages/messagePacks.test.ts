import type {
  AuditColumn,
  AuditSearchProblem,
  AuditSearchProblemCode,
  AuditSearchTerm,
} from '@auditkit/headless';
import { describe, expect, it, vi } from 'vitest';
import type { AuditMessages } from './defaultMessages.ts';
import { mergeMessages } from './mergeMessages.ts';
import { searchTextRead } from './searchTextRead.ts';
import { formatNumber } from '../ui/formatNumber.ts';
import * as de from './de.ts';
import * as en from './en.ts';
import * as es from './es.ts';
import * as fr from './fr.ts';
import * as he from './he.ts';
import * as ja from './ja.ts';

// Every shipped pack but English, by the locale it exports.
const packs: Record<string, { locale: string; messages: AuditMessages }> = { de, es, fr, he, ja };

type FunctionKey = {
  [K in keyof AuditMessages]: AuditMessages[K] extends (...args: never[]) => string ? K : never;
}[keyof AuditMessages];

const term = (fieldText: string, raw: string): AuditSearchTerm => ({
  kind: 'field',
  raw,
  start: 0,
  end: raw.length,
  negated: false,
  fieldText,
  values: ['Zx9'],
});
const problem = (code: AuditSearchProblemCode, suggestion?: string): AuditSearchProblem => ({
  code,
  message: 'English parser sentence that must not be shown',
  ...(suggestion && { suggestion }),
});

// Sample arguments for every function message: typed, so a new function message without samples does not compile.
// Values are neutral tokens (no English words), counts are plural (5) unless a test says otherwise.
const samples: { [K in FunctionKey]: Parameters<AuditMessages[K]> } = {
  retryAfter: ['5', 5],
  traceId: ['Qx7-41'],
  impersonatedBy: ['ada@acme.test'],
  resizeColumn: ['Zyx'],
  narrowColumn: ['Zyx'],
  widenColumn: ['Zyx'],
  detailsFor: ['Zyx.qw', '26.11.2026 10:00'],
  ipLocation: ['81.2.69.142'],
  copyNamed: ['Zyx'],
  copyByHand: ['Zyx'],
  expandNode: ['Zyx'],
  showMoreEntries: ['100', '4,900', 4900],
  searchProblem: [problem('unknown-field', 'actor'), term('actr', 'actr:Zx9')],
  searchUseField: ['actor:'],
  searchValueHint: ['Zyq', 'Zyx'],
  searchUseValue: ['Zyx'],
  viewSaved: ['Zyx'],
  viewApplied: ['Zyx'],
  viewDeleted: ['Zyx'],
  viewApply: ['Zyx'],
  viewSetDefault: ['Zyx'],
  viewCopyLink: ['Zyx'],
  viewLinkLabel: ['Zyx'],
  viewRename: ['Zyx'],
  viewRenameLabel: ['Zyx'],
  viewDelete: ['Zyx'],
  viewUndoDelete: ['Zyx'],
  viewRestored: ['Zyx'],
  viewErrorNameTooLong: ['120'],
  viewErrorNameTaken: ['Zyx'],
  viewErrorTooMany: ['100'],
  viewErrorQueryTooBig: ['Qx7'],
  viewErrorColumnsTooBig: ['1,000'],
  columnsNotChanged: ['1,000'],
  queryOverSearch: ['1,000'],
  queryOverStored: ['8,000'],
  queryOverColumns: ['50'],
  queryOverColumnName: ['Zyx qw'],
  queryOverValues: ['Zyx', '100'],
  queryOverValueLength: ['Zyx', '500'],
  filterNotChanged: ['Qx7'],
  addValue: ['Zyx'],
  removeFilter: ['Zyx', 'Qwv'],
  filterToValue: ['Zyx', 'Qwv'],
  labelled: ['Zyx', 'Qwv'],
  listHeading: ['Zyx'],
  noted: ['Zyx', 'Qwv'],
  unappliedSort: ['Zyx'],
  moveUp: ['Zyx'],
  moveDown: ['Zyx'],
  movedTo: ['Zyx', '2', '9'],
  dragHandle: ['Zyx'],
  columnMatches: ['5', 5],
  exportProgress: ['1,200', '5,000', 5000],
  exportPercent: ['50%'],
  exportDone: ['5', 5],
  exportDoneLeftOut: ['Qx7', 'Zyx'],
  exportFailed: ['Qx7'],
  errorStatus: ['503'],
  exportBrokeOff: ['1,200', '5,000', 5000],
  exportBrokeOffAfter: ['1,200', 1200],
  exportPageBrokeOff: ['1,201'],
  exportEndedEarly: ['1,200', '5,000', 5000],
  exportTimesInZone: ['Europe/Berlin'],
  exportOffsetHeader: ['Zyx'],
  exportByDownload: ['58 kB'],
  exportByPicker: ['58 kB'],
  range: ['1', '20', '1,234'],
  rangeOfMany: ['21', '40'],
  page: ['3'],
  allLoaded: ['5', 5],
  loadedOf: ['1,200', '5,000', 5000],
  loadedSoFar: ['5', 5],
  resultCount: ['5', 5],
  refreshFailedShown: ['26.11.2026 10:00'],
  resultCountAtLeast: ['5', 5],
  sortedAscending: ['Zyx'],
  sortedDescending: ['Zyx'],
  withinLog: ['Zyx Qw', 'Qwv'],
  timeZoneLocal: ['Europe/Berlin'],
  newEvents: ['5', 5],
};

const call = (messages: AuditMessages, key: FunctionKey): string =>
  (messages[key] as (...args: unknown[]) => string)(...samples[key]);

// Bidi isolates (Hebrew) are not letters; words are runs of letters.
const words = (text: string) =>
  new Set((text.replace(/[\u2066-\u2069]/g, ' ').match(/\p{L}{3,}/gu) ?? []).map((w) => w.toLowerCase()));
const sampleWords = words(
  Object.values(samples)
    .flat()
    .filter((v) => typeof v === 'string')
    .join(' '),
);
sampleWords.add('actor'); // the search language's field names are syntax, the same in every language
// Words a translation may share with the English: names of products and formats, and, per language, its own words
// that are spelt like English ones.
const sharedWords = new Set(['export', 'trace', 'utc', 'csv', 'json', 'api']);
const ownWords: Record<string, Set<string>> = {
  de: new Set(['format', 'system', 'link', 'filter', 'details', 'name', 'position', 'status']),
  es: new Set(['local', 'normal']),
  fr: new Set(['page', 'position']),
  he: new Set(),
  ja: new Set(),
};
// Messages that may read the same as the English (a dash, a product name), and per language its own words that
// happen to be spelt like the English ones.
const sameEverywhere = ['unknownValue', 'timeZoneUtc', 'exportFormatJsonl'];
const sameAsEnglish: Record<string, Set<string>> = {
  de: new Set([
    ...sameEverywhere,
    'severityLabels.Info',
    'system',
    'exportFormat',
    'viewLink',
    'exportTimesUtc',
    'fieldLabels.user',
  ]),
  es: new Set([...sameEverywhere, 'severityLabels.Error']),
  fr: new Set([
    ...sameEverywhere,
    'severityLabels.Info',
    'exportFormat',
    'searchSuggestions',
    'actions',
    'paginationLabel',
  ]),
  he: new Set(sameEverywhere),
  ja: new Set([...sameEverywhere, 'exportTimesUtc']),
};

/** Every leaf of a message object, by dotted path (`fieldLabels.userId`). */
function leaves(value: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, leaf] of Object.entries(value)) {
    if (typeof leaf === 'object' && leaf !== null)
      for (const entry of leaves(leaf, `${prefix}${key}.`)) out.set(...entry);
    else out.set(`${prefix}${key}`, leaf);
  }
  return out;
}

const english = leaves(en.messages);
const functionKeys = Object.keys(samples) as FunctionKey[];

describe.each(Object.entries(packs))('message pack %s', (name, pack) => {
  const own = leaves(pack.messages);

  it('exports its locale, which Intl supports', () => {
    expect(pack.locale).toBe(name);
    expect(Intl.PluralRules.supportedLocalesOf([pack.locale])).toEqual([pack.locale]);
    expect(Intl.DateTimeFormat.supportedLocalesOf([pack.locale])).toEqual([pack.locale]);
  });

  it('has every key of the English messages and none the English lacks, nested keys included', () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of own) expect(typeof value, key).toBe(typeof english.get(key));
  });

  it('translates every text message (non-empty, not the English)', () => {
    for (const [key, value] of own) {
      if (typeof value !== 'string') continue;
      expect(value.trim(), key).not.toBe('');
      if (!sameAsEnglish[name]!.has(key)) expect(value, key).not.toBe(english.get(key));
    }
  });

  it('answers every function message with a non-empty text free of English words', () => {
    for (const key of functionKeys) {
      const text = call(pack.messages, key);
      expect(text.trim(), key).not.toBe('');
      const englishWords = [...words(call(en.messages, key))].filter(
        (word) => !sampleWords.has(word) && !sharedWords.has(word) && !ownWords[name]!.has(word),
      );
      const leaked = [...words(text)].filter((word) => englishWords.includes(word));
      expect(leaked, `${key}: ${text}`).toEqual([]);
    }
  });

  it('explains every search problem by its code in its own words, never with the English parser sentence', () => {
    const codes: AuditSearchProblemCode[] = [
      'unknown-field',
      'empty-value',
      'invalid-value',
      'operator-unsupported',
      'negation-unsupported',
      'boolean-unsupported',
      'look-alike',
      'conflict',
    ];
    const texts = codes.map((code) => pack.messages.searchProblem(problem(code), term('actor', 'actor:')));
    for (const text of texts) expect(text).not.toMatch(/English parser|\b(the|field|value)\b/i);
    expect(new Set(texts).size).toBe(codes.length);
    // A suggestion, when there is one, is offered.
    expect(pack.messages.searchProblem(problem('unknown-field', 'actor'), term('actr', 'actr:x'))).toMatch(
      /actor/,
    );
    // Free text over what a link carries is the one invalid text term: it says the limit, not an empty field.
    const text: AuditSearchTerm = {
      kind: 'text',
      raw: 'Zx9',
      start: 0,
      end: 3,
      negated: false,
      values: ['Zx9'],
    };
    const tooLong = pack.messages.searchProblem(problem('invalid-value'), text);
    expect(tooLong).toContain(formatNumber(1000, pack.locale));
    expect(tooLong).not.toMatch(/[«„「"]\s*:?\s*[»“」"]|\b:/);
  });

  it('tells a negated field from negated text: names the field, and offers the text quoted to search for it', () => {
    const onField = pack.messages.searchProblem(problem('negation-unsupported'), {
      ...term('actor', '-actor:Zx9'),
      negated: true,
    });
    const onText = pack.messages.searchProblem(problem('negation-unsupported'), {
      kind: 'text',
      raw: '-Zx9',
      start: 0,
      end: 4,
      negated: true,
      values: ['Zx9'],
    });
    expect(onField).toContain('-actor:');
    expect(onField).not.toContain('::');
    expect(onText).toContain('"-Zx9"');
  });

  it('says why NOT, OR, AND and a grouping parenthesis are not applied, each in its own words, with the word quoted', () => {
    // The parser's reasons, not its English sentence: a pack must tell the three words and a parenthesis apart.
    const say = (reason: AuditSearchProblem['reason'], raw: string, suggestion?: string) =>
      pack.messages
        .searchProblem(
          { ...problem('boolean-unsupported', suggestion), reason },
          { kind: 'text', raw, start: 0, end: raw.length, negated: false, values: [raw] },
        )
        .replace(/[\u2066-\u2069]/g, '');
    const texts = [
      say('not-operator', 'NOT', '"NOT"'),
      say('or-operator', 'OR', '"OR"'),
      say('and-operator', 'AND', '"AND"'),
      say('parenthesis', '(actor:Zx9'),
    ];
    expect(new Set(texts).size).toBe(4);
    for (const [index, word] of ['NOT', 'OR', 'AND'].entries()) expect(texts[index]).toContain(`"${word}"`);
    // OR says how to match either of two values: both on one field.
    expect(texts[1]).toContain('actor:a,b');
    expect(texts[3]).toContain('(actor:Zx9');
    for (const text of texts) expect(text).not.toMatch(/English parser/);
  });

  it('says users: is not applied on the legacy list, and offers the email field, never a typo for it', () => {
    // Read as an unknown field, the packs asked "Did you mean actor:?" of a field the log simply cannot filter by.
    const say = (suggestion?: string) =>
      pack.messages
        .searchProblem(
          { ...problem('unknown-field', suggestion), reason: 'legacy-user-id' },
          term('users', 'users:Zx9'),
        )
        .replace(/[\u2066-\u2069]/g, '');
    const text = say('actor');
    expect(text).toContain('users:');
    expect(text).toContain('actor:');
    expect(text).not.toMatch(/English parser/);
    expect(text).not.toBe(
      pack.messages
        .searchProblem(problem('unknown-field', 'actor'), term('users', 'users:Zx9'))
        .replace(/[\u2066-\u2069]/g, ''),
    );
    // Without the email field (a vendor's metadata may lack one), only what is not applied.
    expect(say()).toContain('users:');
    expect(say()).not.toContain('actor');
  });

  it('says a value written with a bare - is not left out, and offers it quoted to search for it as written', () => {
    // `actor:-Zx9` is not `-actor:Zx9`: the packs called it "-actor: is not applied" and hid the quoted form.
    const onValue = pack.messages
      .searchProblem(problem('negation-unsupported', 'actor:"-Zx9"'), term('actor', 'actor:-Zx9'))
      .replace(/[\u2066-\u2069]/g, '');
    const onField = pack.messages.searchProblem(problem('negation-unsupported'), {
      ...term('actor', '-actor:Zx9'),
      negated: true,
    });
    expect(onValue).toContain('actor:-Zx9');
    expect(onValue).toContain('actor:"-Zx9"');
    expect(onValue).not.toContain('-actor:');
    expect(onValue).not.toMatch(/English parser/);
    // It still says the API cannot leave values out, as for `-actor:`, in the same words.
    expect(onValue.slice(0, 12)).toBe(onField.slice(0, 12));
  });

  it('says pasted curly quotes, a full-width colon and a missing one are not applied, each in its own words, with the fix', () => {
    const say = (reason: 'quote' | 'colon' | 'comparison', raw: string, suggestion: string) =>
      pack.messages
        .searchProblem({ ...problem('look-alike', suggestion), reason }, term('actor', raw))
        .replace(/[\u2066-\u2069]/g, '');
    const quote = say('quote', 'actor:“Zx9 Qw”', 'actor:"Zx9 Qw"');
    const colon = say('colon', 'actor：Zx9', 'actor:Zx9');
    // `created>=2026-11-01`, as other query languages write a comparison: the term with its `:` is offered.
    const comparison = say('comparison', 'created>=Zx9', 'created:>=Zx9');
    expect(quote).toContain('actor:“Zx9 Qw”');
    expect(quote).toContain('actor:"Zx9 Qw"');
    expect(colon).toContain('actor：Zx9');
    expect(colon).toContain('actor:Zx9');
    expect(comparison).toContain('created>=Zx9');
    expect(comparison).toContain('created:>=Zx9');
    expect(new Set([quote, colon, comparison]).size).toBe(3);
    // Not said as pasted quotes, which lists the marks.
    expect(comparison).not.toContain('『');
    // Each says how to search for what it has as written: inside straight quotes.
    for (const text of [quote, colon, comparison]) expect(text).toMatch(/"|gerade|rectas|droits|ישרות/);
    for (const text of [quote, colon, comparison]) expect(text).not.toMatch(/English parser/);
  });

  it('puts every value it is given into the text (word order is the language’s own, nothing dropped)', () => {
    for (const key of functionKeys) {
      if (key === 'searchProblem') continue;
      const text = call(pack.messages, key).replace(/[\u2066-\u2069]/g, '');
      const strings = (samples[key] as unknown[]).filter((v): v is string => typeof v === 'string');
      // Plural forms may spell a count out ("אירוע אחד"); the plural tests below cover them.
      for (const value of strings) expect(text, key).toContain(value);
    }
  });
});

// Undo's accessible name holds its visible word, so a voice command saying what is seen ("click Undo") reaches it
// (WCAG 2.5.3), and reads as one phrase of the language, not "Undo: restore X".
describe.each(Object.entries({ en, ...packs }))('the Undo of a deleted view in %s', (_name, pack) => {
  it('is named with its visible word, in one phrase with the view’s name', () => {
    const { viewUndo, viewUndoDelete } = pack.messages;
    const label = viewUndoDelete('Zx9').replace(/[\u2066-\u2069]/g, '');
    expect(label.toLocaleLowerCase(pack.locale)).toContain(viewUndo.toLocaleLowerCase(pack.locale));
    expect(label).toContain('Zx9');
    expect(label).not.toContain(':');
  });
});

describe('plural forms follow Intl.PluralRules of the pack’s locale', () => {
  const counted = [
    'retryAfter',
    'exportDone',
    'allLoaded',
    'loadedSoFar',
    'resultCount',
    'newEvents',
    'columnMatches',
  ] as const;
  const at = (messages: AuditMessages, key: (typeof counted)[number], count: number) =>
    (messages[key] as (text: string, count: number) => string)(String(count), count);

  it('English says "1 event" and "5 events"', () => {
    expect(at(en.messages, 'resultCount', 1)).toBe('1 event');
    expect(at(en.messages, 'resultCount', 5)).toBe('5 events');
    expect(at(en.messages, 'newEvents', 1)).toBe('1 new event');
  });

  it('German: one and other', () => {
    expect(at(de.messages, 'resultCount', 1)).toBe('1 Ereignis');
    expect(at(de.messages, 'resultCount', 5)).toBe('5 Ereignisse');
    expect(at(de.messages, 'newEvents', 1)).toBe('1 neues Ereignis');
    expect(de.messages.exportProgress('1', '1', 1)).toBe('1 von 1 Ereignis exportiert');
    expect(de.messages.exportProgress('3', '7', 7)).toBe('3 von 7 Ereignissen exportiert');
  });

  it('an export whose total is not known yet counts its events as several, in every language', () => {
    expect(en.messages.exportProgress('200', '…', undefined)).toBe('Exported 200 of … events');
    expect(fr.messages.exportProgress('200', '…', undefined)).toBe('200 sur … événements exportés');
    expect(de.messages.exportProgress('200', '…', undefined)).toBe('200 von … Ereignissen exportiert');
    expect(es.messages.exportProgress('200', '…', undefined)).toMatch(/eventos/);
  });

  it('French and Spanish: one (French counts 0 as one), many for millions, other', () => {
    expect(at(fr.messages, 'resultCount', 0)).toBe('0 événement');
    expect(at(fr.messages, 'resultCount', 2)).toBe('2 événements');
    expect(fr.messages.resultCount('1 000 000', 1_000_000)).toBe('1 000 000 d’événements');
    expect(at(es.messages, 'resultCount', 1)).toBe('1 evento');
    expect(at(es.messages, 'resultCount', 0)).toBe('0 eventos');
    expect(es.messages.resultCount('1.000.000', 1_000_000)).toBe('1.000.000 de eventos');
  });

  it('Japanese counts with 件 and has one form', () => {
    expect(at(ja.messages, 'resultCount', 1)).toBe('1件のイベント');
    expect(at(ja.messages, 'resultCount', 5)).toBe('5件のイベント');
  });

  it('Hebrew: one, two and other', () => {
    expect(at(he.messages, 'resultCount', 1)).toBe('אירוע אחד');
    expect(at(he.messages, 'resultCount', 2)).toBe('2 אירועים');
    expect(at(he.messages, 'resultCount', 12)).toBe('12 אירועים');
    expect(at(he.messages, 'allLoaded', 2)).toBe('שני האירועים נטענו');
    expect(at(he.messages, 'retryAfter', 2)).toContain('שתי שניות');
  });

  it('every pack words a single item differently from many, where its language does', () => {
    for (const [name, pack] of Object.entries(packs)) {
      if (new Intl.PluralRules(pack.locale).resolvedOptions().pluralCategories.length < 2) continue;
      for (const key of counted)
        expect(at(pack.messages, key, 1), `${name}.${key}`).not.toBe(
          at(pack.messages, key, 5).replace('5', '1'),
        );
    }
  });
});

describe('Hebrew reads right to left', () => {
  const LRI = '\u2066';
  const FSI = '\u2068';
  const PDI = '\u2069';

  it('keeps number ranges, IPs and search syntax left to right inside the sentence', () => {
    expect(he.messages.range('1', '20', '1,234')).toBe(`${LRI}1–20${PDI} מתוך 1,234`);
    expect(he.messages.ipLocation('2001:db8::1')).toBe(`המיקום של ${LRI}2001:db8::1${PDI}`);
    expect(he.messages.searchUseField('actor:')).toContain(`${LRI}actor:${PDI}`);
  });

  it('isolates text people typed, whose direction is unknown', () => {
    expect(he.messages.viewSaved('Weekly report!')).toContain(`${FSI}Weekly report!${PDI}`);
    expect(he.messages.removeFilter('משתמש', 'ada@acme.test')).toContain(`${FSI}ada@acme.test${PDI}`);
  });

  it('adds no control characters to plain text', () => {
    for (const [key, value] of leaves(he.messages)) {
      if (typeof value === 'string' && key !== 'searchHint')
        expect(value, key).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});

// Every text a pack can show: its strings, its function messages with the samples, and its search problems.
function everyText(messages: AuditMessages): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, value] of leaves(messages)) if (typeof value === 'string') texts.set(key, value);
  for (const key of functionKeys) texts.set(key, call(messages, key));
  for (const [code, suggestion] of [
    ['unknown-field', 'actor'],
    ['unknown-field', undefined],
    ['empty-value', undefined],
    ['invalid-value', 'High'],
    ['invalid-value', undefined],
    ['negation-unsupported', undefined],
  ] as const)
    texts.set(
      `searchProblem.${code}.${suggestion ?? '-'}`,
      messages.searchProblem(
        {
          ...problem(code, suggestion),
          ...(code === 'unknown-field' && !suggestion && { fields: ['actor'] }),
        },
        term('actor', 'actor:Zx9'),
      ),
    );
  for (const suggestion of ['actor', undefined])
    texts.set(
      `searchProblem.legacy-user-id.${suggestion ?? '-'}`,
      messages.searchProblem(
        { ...problem('unknown-field', suggestion), reason: 'legacy-user-id' },
        term('users', 'users:Zx9'),
      ),
    );
  // Pasted curly quotes, a full-width colon and a comparison without its colon, each with the term written as meant.
  for (const [reason, raw, suggestion] of [
    ['quote', 'actor:“Zx9 Qw”', 'actor:"Zx9 Qw"'],
    ['colon', 'actor：Zx9', 'actor:Zx9'],
    ['comparison', 'created>=Zx9', 'created:>=Zx9'],
  ] as const)
    texts.set(
      `searchProblem.look-alike.${reason}`,
      messages.searchProblem({ ...problem('look-alike', suggestion), reason }, term('actor', raw)),
    );
  return texts;
}

describe('each pack keeps to its own typography', () => {
  it('Spanish says "tú" everywhere, as in "¿Querías decir…?"', () => {
    expect(es.messages.searchValueHint('hihg', 'High')).toContain('¿Querías decir «High»?');
    for (const [key, text] of everyText(es.messages)) expect(text, key).not.toMatch(/¿Quería |¿Quiso /);
  });

  it('French puts a no-break space before ":", ";", "?", "!" and inside « », never a plain one', () => {
    expect(fr.messages.searchValueHint('hihg', 'High')).toBe(
      '«\u00a0hihg\u00a0» ne correspond à aucune des gravités habituelles\u202f; les événements qui portent cette valeur sont affichés. Vouliez-vous dire «\u00a0High\u00a0»\u202f?',
    );
    for (const [key, text] of everyText(fr.messages)) expect(text, key).not.toMatch(/ [:;?!»]|« /);
  });

  it('Hebrew ends every search problem with its punctuation, one sentence each', () => {
    for (const [key, text] of everyText(he.messages))
      if (key.startsWith('searchProblem.')) expect(text, key).toMatch(/[.?]\u2069?$/);
    const hint = he.messages.searchProblem(
      problem('invalid-value', 'High'),
      term('severity', 'severity:hihg'),
    );
    expect(hint.replace(/[\u2066-\u2069]/g, '')).toMatch(/severity:\. /);
  });

  it('Japanese uses the full-width colon after its own words, never ": "', () => {
    for (const [key, text] of everyText(ja.messages))
      expect(text, key).not.toMatch(/[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef」]: /u);
    expect(ja.messages.traceId('Qx7-41')).toBe('トレースID：Qx7-41');
  });
});

describe('AuditMessages is checked when a host writes a pack', () => {
  it('does not compile without a key, or with a key the English lacks', () => {
    const { retry, ...withoutRetry } = de.messages;
    // @ts-expect-error `retry` is missing: a host's pack must have every key.
    const incomplete: AuditMessages = withoutRetry;
    // @ts-expect-error `sortBy` is not a message (removed in issue 11).
    const extra: AuditMessages = { ...de.messages, sortBy: (column: string) => column };
    expect([retry, incomplete, extra]).toHaveLength(3);
  });
});

describe('a host’s overrides on top of a pack', () => {
  it('replace the messages they name and add field labels without losing the pack’s own', () => {
    const merged = mergeMessages(de.messages, {
      retry: 'Nochmal',
      fieldLabels: { customField: 'Eigenes Feld', ['__proto__']: 'Prototyp' },
    });
    expect(merged.retry).toBe('Nochmal');
    expect(merged.fieldLabels).toMatchObject({ customField: 'Eigenes Feld', userId: 'Benutzer-ID' });
    expect(Object.hasOwn(merged.fieldLabels, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(merged.fieldLabels)).toBe(Object.prototype);
    expect(mergeMessages(de.messages, undefined)).toBe(de.messages);
  });

  it('keep the pack’s own where an override is undefined or of another kind, and say which in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // As a host's JSON pack or plain JS may hold them: text for a function, nothing, null, a partial map.
    const overrides = JSON.parse(
      '{"detailsFor":"Details","retry":null,"severityLabels":{"High":"Hoch!","Info":7},"__proto__":{"retry":"x"}}',
    ) as Partial<AuditMessages>;
    const merged = mergeMessages(de.messages, { ...overrides, loading: undefined });
    expect(merged.detailsFor('Anmeldung', '10:00')).toBe(de.messages.detailsFor('Anmeldung', '10:00'));
    expect(merged.retry).toBe(de.messages.retry);
    expect(merged.loading).toBe(de.messages.loading);
    expect(merged.severityLabels).toEqual({ ...de.messages.severityLabels, High: 'Hoch!' });
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    const warned = warn.mock.calls.map(([text]) => String(text));
    expect(warned.some((text) => text.includes('messages.detailsFor is not a function'))).toBe(true);
    expect(warned.some((text) => text.includes('messages.retry is not a string'))).toBe(true);
    warn.mockRestore();
  });
});

describe('search text past what the parser reads', () => {
  // The first 8 KiB are read: free text there over what a link carries (1,000 characters) is refused by that
  // limit; the rest, past 8 KiB, is one term refused by the other. Each says its own limit, written as the pack's
  // locale writes numbers (as the view-save error writes "1.000 Zeichen"); English is the parser's own sentence.
  it('says 8,192 characters for the rest past the text read, and 1,000 for free text over what a link carries', async () => {
    const { parseAuditSearch } = await import('@auditkit/headless/search');
    const text = `severity:high ${'abc '.repeat(3000)}`;
    const { problems } = parseAuditSearch(text);
    const rest = problems.at(-1)!;
    const overLink = problems[0]!;
    expect(rest).toMatchObject({ kind: 'text', end: text.length, problem: { code: 'invalid-value' } });
    expect(overLink).toMatchObject({ kind: 'text', problem: { code: 'invalid-value' } });
    expect(overLink.end).toBeLessThanOrEqual(searchTextRead);
    // The parser cuts where these messages say it does.
    expect(parseAuditSearch(`${'x '.repeat(searchTextRead / 2)}y`).problems.at(-1)).toMatchObject({
      raw: 'y',
      start: searchTextRead,
    });
    for (const [name, pack] of Object.entries(packs)) {
      const [read, link] = [formatNumber(8192, pack.locale), formatNumber(1000, pack.locale)];
      const restText = pack.messages.searchProblem(rest.problem!, rest);
      expect(restText, name).toContain(read);
      expect(restText, name).not.toContain(link);
      const overLinkText = pack.messages.searchProblem(overLink.problem!, overLink);
      expect(overLinkText, name).toContain(link);
      expect(overLinkText, name).not.toContain(read);
    }
    // German, word for word, and the grouping of the other languages.
    expect(de.messages.searchProblem(rest.problem!, rest)).toBe(
      'Der Suchtext ist zu lang (höchstens 8.192 Zeichen insgesamt); ab hier wird er nicht angewendet.',
    );
    expect(de.messages.searchProblem(overLink.problem!, overLink)).toContain('höchstens 1.000 Zeichen');
    expect(fr.messages.searchProblem(rest.problem!, rest)).toContain('(8\u202f192 caractères');
    expect(ja.messages.searchProblem(rest.problem!, rest)).toContain('最大8,192文字');
    // English is the parser's own sentence, which names the limit.
    expect(en.messages.searchProblem(rest.problem!, rest)).toMatch(/at most 8192 characters in all/);
  });
});

describe('a value that is not applied, said with its reason in every language', () => {
  // One term for each reason the parser gives a value it cannot apply (headless's `AuditSearchProblem.reason`).
  const many: AuditColumn[] = Array.from({ length: 51 }, (_, index) => ({
    name: `c${index}`,
    displayName: `C${index}`,
    type: 'AlphaNumeric',
    sortable: true,
    filterable: true,
    showInTable: true,
    showInMoreInfo: true,
  }));
  const typed = {
    'ends-before-start': 'created:2026-11-07..2026-11-01',
    'not-a-time': 'created:2026-13-01',
    'not-a-time-range': 'created:2026-11-01..nope',
    'outside-years': 'created:0000-01-01',
    'one-value': 'created:2026-11-01,2026-11-02',
    'too-many-values': `actor:${Array.from({ length: 101 }, (_, index) => `a${index}`).join(',')}`,
    'value-too-long': `actor:${'a'.repeat(501)}`,
    'too-many-fields': many.map((column) => `${column.name}:x`).join(' '),
  };
  const problemOf = async (text: string, columns?: AuditColumn[]) => {
    const { parseAuditSearch } = await import('@auditkit/headless/search');
    const term = parseAuditSearch(text, columns && { columns }).problems.at(-1)!;
    expect(term.problem?.code, text).toBe('invalid-value');
    return { problem: term.problem!, term };
  };
  const say = (messages: AuditMessages, found: Awaited<ReturnType<typeof problemOf>>) =>
    messages.searchProblem(found.problem, found.term);

  it('German: a range that ends before it starts and a date that is none read differently, each with its reason', async () => {
    const backwards = await problemOf(typed['ends-before-start']);
    const noDate = await problemOf(typed['not-a-time']);
    expect(say(de.messages, backwards)).toBe('Der Zeitraum endet, bevor er beginnt.');
    expect(say(de.messages, noDate)).not.toBe(say(de.messages, backwards));
    // The accepted forms are listed, as in English.
    expect(say(de.messages, noDate)).toMatch(
      /Datum \(2026-11-01\).*2026-11-01T10:00.*2026-11-01\.\.2026-11-07/,
    );
    expect(say(de.messages, noDate)).toMatch(/1h, 24h, 7d, 30d, 90d, 365d/);
    expect(say(de.messages, await problemOf(typed['one-value']))).toBe(
      '„created:“ akzeptiert nur ein Datum oder einen Zeitraum.',
    );
  });

  it('every pack says each reason in its own words, with the limits and the forms it needs', async () => {
    const found = await Promise.all(
      Object.values(typed).map((text) =>
        problemOf(text, text === typed['too-many-fields'] ? many : undefined),
      ),
    );
    for (const [name, pack] of Object.entries({ ...packs, en })) {
      const texts = found.map((item) => say(pack.messages, item).replace(/[\u2066-\u2069]/g, ''));
      expect(new Set(texts).size, `${name}: ${texts.join(' | ')}`).toBe(texts.length);
      const [, notATime, , outside, , tooMany, tooLong, tooManyFields] = texts;
      expect(notATime, name).toContain('2026-11-01..2026-11-07');
      expect(outside, name).toMatch(/0001.*9999/);
      expect(tooMany, name).toContain('100');
      expect(tooLong, name).toContain('500');
      expect(tooManyFields, name).toContain('50');
      if (name === 'en') continue;
      for (const [index, text] of texts.entries()) expect(text, name).not.toBe(found[index]!.problem.message);
    }
  });

  it('an unknown field with no near name lists the known fields, in every language', async () => {
    const { parseAuditSearch } = await import('@auditkit/headless/search');
    const term = parseAuditSearch('foo:bar').problems[0]!;
    for (const [name, pack] of Object.entries({ ...packs, en }))
      expect(pack.messages.searchProblem(term.problem!, term), name).toMatch(/created.*actor.*severity/);
  });
});

describe('as a native reader of each pack would read it', () => {
  it('Hebrew keeps a list of Latin column names right to left, and isolates a column name before punctuation', () => {
    const list = new Intl.ListFormat('he', { type: 'conjunction' }).format(['createdAt', 'Amount']);
    // A right-to-left isolate: a first-strong one let the Latin first name turn the list around.
    expect(he.messages.exportDoneLeftOut('הייצוא הושלם', list)).toContain(`\u2067${list}\u2069`);
    expect(he.messages.unappliedSort('Cost (€)')).toContain('\u2068Cost (€)\u2069');
    expect(he.messages.copyByHand('Notes?')).toContain('\u2068Notes?\u2069');
  });

  it('names one control one way, and what to export as the events, not the filters', () => {
    // French: the button is "Réinitialiser les colonnes"; the messages sent the user to a "Rétablir" not there.
    expect(fr.messages.columnsNotChanged('1\u202f000')).toContain('Réinitialisez les colonnes');
    expect(fr.messages.viewErrorColumnsTooBig('1\u202f000')).toContain('Réinitialisez les colonnes');
    // Japanese: one word for severity, in the column and in the search's hint.
    expect(ja.messages.searchValueHint('hihg', 'High')).toContain(ja.messages.severity);
    expect(ja.messages.viewSetDefault('x')).toContain(ja.messages.viewDefault);
    // Spanish speaks to the reader as tú throughout; "expórtelos" was usted, and exported the filters.
    expect(es.messages.loadedLimit).toBe(
      'es lo máximo que admite una lista: acota los filtros o exporta todos los eventos',
    );
    expect(fr.messages.loadedLimit).toContain('exportez tous les événements');
    expect(de.messages.severeThisWeek).toBe('Schwerwiegende diese Woche');
  });
});
