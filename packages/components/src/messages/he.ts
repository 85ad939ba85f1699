// Hebrew (עברית): actions as nouns ("שמירה", "ייצוא"), the gender-neutral form Hebrew software uses, and
// impersonal phrasing instead of a gendered "you". Render inside dir="rtl".
//
// Bidirectional text: the Unicode bidi algorithm places Hebrew words and plain numbers correctly by itself, so
// most messages carry no control characters. Isolates are added only where it does not:
// - values typed by people (actors, view names, filter values, JSON keys, error reasons) may be Latin text that
//   ends in punctuation, which would jump to the wrong end of the sentence: first-strong isolate (FSI … PDI);
// - IP addresses (IPv6 mixes digits and letters), number ranges ("1–20" would read "20–1") and search syntax
//   (`actor:` would show its colon in front): left-to-right isolate (LRI … PDI).
import { auditQueryLimits } from '@auditkit/headless';
import type { AuditSearchProblem, AuditSearchTerm } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';
import { pluralOf } from './plural.ts';
import { isPastSearchTextRead, searchTextRead } from './searchTextRead.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** The locale to pass as `<AuditLog locale>` with these messages, so dates and numbers match the words. */
export const locale = 'he';

/** A limit written as the locale writes numbers ("8.192" in German), as the log's other counts are. */
const count = (value: number) => formatNumber(value, locale);

const plural = pluralOf(locale);
/** Text of unknown direction (names, values): its own first strong letter decides. */
const fsi = (text: string) => `\u2068${text}\u2069`;
/**
 * A Hebrew list of names (`Intl.ListFormat`): right to left whatever its first name, which `fsi` would let a Latin
 * one turn left to right, reading the list backwards.
 */
const rli = (text: string) => `\u2067${text}\u2069`;
/** Always left-to-right (IPs, ranges, search syntax). */
const lri = (text: string) => `\u2066${text}\u2069`;

// The forms are syntax, typed as they are: each left to right.
const timeForms = `יש להזין תאריך (${lri('2026-11-01')}), תאריך ושעה (${lri('2026-11-01T10:00')}), טווח (${lri('2026-11-01..2026-11-07')}), ${lri('today')} או ${lri('yesterday')} (כתאריך קבוע), או אחד מהערכים ${lri('1h, 24h, 7d, 30d, 90d, 365d')}.`;

/** A value that is not applied, said by its reason (`problem.reason`); a problem without one, by its field. */
function invalidValue(problem: AuditSearchProblem, term: AuditSearchTerm, field: string): string {
  // Free text is refused for its length only: past the most text read (8 KiB), or over what a link can carry.
  if (term.kind === 'text')
    return (problem.reason ? problem.reason === 'search-past-read' : isPastSearchTextRead(term))
      ? `טקסט החיפוש ארוך מדי (עד ${count(searchTextRead)} תווים בסך הכול); מכאן והלאה הוא לא מוחל.`
      : `טקסט החיפוש ארוך מדי (עד ${count(auditQueryLimits.search)} תווים); חלק זה לא הוחל.`;
  switch (problem.reason) {
    case 'not-a-time':
      return `זה אינו זמן תקין. ${timeForms}`;
    case 'not-a-time-range':
      return `זה אינו טווח זמן תקין. ${timeForms}`;
    case 'ends-before-start':
      return 'הטווח מסתיים לפני שהוא מתחיל.';
    case 'outside-years':
      return 'הזמן חורג מהשנים 0001 עד 9999 (לפי UTC), שרק אותן טווח זמן יכול להכיל.';
    case 'one-value':
      return `${field} מקבל תאריך אחד או טווח אחד בלבד.`;
    case 'too-many-values':
      return `${field} מקבל עד ${count(problem.limit ?? auditQueryLimits.values)} ערכים.`;
    case 'value-too-long':
      return `ערך יכול להכיל עד ${count(problem.limit ?? auditQueryLimits.value)} תווים.`;
    case 'too-many-fields':
      return `אפשר לסנן לפי ${count(problem.limit ?? auditQueryLimits.columns)} שדות לכל היותר בו־זמנית.`;
    default:
      return problem.suggestion
        ? `ערך לא תקין ב־${field}. אולי התכוונת ל־${lri(problem.suggestion)}?`
        : `ערך לא תקין ב־${field}.`;
  }
}

/** `NOT`, `OR`, `AND` or a grouping parenthesis, which the search language does not have (`problem.reason`). */
function booleanOperator(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const quoted = problem.suggestion ?? `"${term.raw}"`;
  const asWord = `כדי לחפש את המילה, הקיפו אותה במירכאות: ${lri(quoted)}.`;
  switch (problem.reason) {
    case 'not-operator':
      return `ה־API של הביקורת לא יכול להחריג ביטויים, ולכן ${lri(term.raw)} לא הוחל. ${asWord}`;
    case 'or-operator':
      return `כל הביטויים חייבים להתאים, וה־API של הביקורת לא יכול לחפש אחד או אחר, ולכן ${lri(term.raw)} לא הוחל. לאחד משני ערכים, תנו את שניהם לאותו שדה: ${lri('actor:a,b')}. ${asWord}`;
    case 'and-operator':
      return `כל הביטויים חייבים להתאים ממילא, ולכן ${lri(term.raw)} לא הוחל. ${asWord}`;
    default:
      return `סוגריים לא מקבצים ביטויים (כל הביטויים חייבים להתאים), ולכן ${lri(term.raw)} לא הוחל. השמיטו את הסוגריים, או הקיפו את הטקסט במירכאות כדי לחפש אותו כפי שנכתב.`;
  }
}

/**
 * Curly quotes or a full-width colon, as pasted or typed by an input method, or a comparison without its colon
 * (`created>=2026-11-01`), as other query languages write it (`AuditSearchProblem.reason`).
 */
function lookAlike(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const fixed = lri(problem.suggestion ?? term.raw);
  if (problem.reason === 'comparison')
    return `השוואה נכתבת אחרי הנקודתיים של השדה, ולכן ${lri(term.raw)} לא הוחל. יש לכתוב: ${fixed}. כדי לחפש את הטקסט כפי שנכתב, הקיפו אותו במירכאות ישרות.`;
  return problem.reason === 'colon'
    ? `שדה נכתב עם נקודתיים רגילות ${lri(':')} ולא עם ${lri('：')} ברוחב מלא, ולכן ${lri(term.raw)} לא הוחל. יש לכתוב: ${fixed}. כדי לחפש את ${lri('：')} עצמו, הקיפו אותו במירכאות ישרות.`
    : `מירכאות מעוצבות (${lri('“ ” „ « » ＂ 「 」 『 』')}) אינן מירכאות חיפוש, ולכן ${lri(term.raw)} לא הוחל. יש לכתוב במירכאות ישרות: ${fixed}. כדי לחפש את הסימנים עצמם, הקיפו אותם במירכאות ישרות.`;
}

function searchProblem(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const field = lri(`${term.field?.name ?? term.fieldText ?? ''}:`);
  switch (problem.code) {
    case 'unknown-field':
      // `users:` on the legacy list, which filters users by email instead: `suggestion` is the email field.
      if (problem.reason === 'legacy-user-id')
        return `היומן הזה לא יכול לסנן לפי מזהה משתמש, ולכן ${lri(`${term.fieldText}:`)} לא הוחל.${problem.suggestion ? ` סננו לפי אימייל במקום זאת, עם ${lri(`${problem.suggestion}:`)}.` : ''}`;
      return problem.suggestion
        ? `השדה ${lri(term.fieldText ?? '')} לא מוכר. אולי התכוונת ל־${lri(`${problem.suggestion}:`)}?`
        : `השדה ${lri(term.fieldText ?? '')} לא מוכר.${problem.fields ? ` השדות המוכרים: ${lri(problem.fields.join(', '))}.` : ''}`;
    case 'empty-value':
      return `יש להקליד ערך אחרי ${field}.`;
    case 'invalid-value':
      return invalidValue(problem, term, field);
    case 'operator-unsupported':
      return `${lri(term.operator ?? '')} משמש רק להשוואת זמנים; ${field} מחפש ערכים.`;
    case 'negation-unsupported':
      return term.kind === 'text'
        ? `ה־API של הביקורת לא יכול להחריג טקסט. כדי לחפש אותו, הקיפו אותו במירכאות: ${lri(`"${term.raw}"`)}.`
        : problem.suggestion
          ? // `actor:-bob`: a value written with a bare `-`, offered quoted to search for it as written.
            `ה־API של הביקורת לא יכול להחריג ערכים, ולכן ${lri(term.raw)} לא הוחל. כדי לחפש את הערך כפי שנכתב, הקיפו אותו במירכאות: ${lri(problem.suggestion)}.`
          : `ה־API של הביקורת לא יכול להחריג ערכים, ולכן ${lri(`-${term.field?.name ?? term.fieldText ?? ''}:`)} לא הוחל.`;
    case 'boolean-unsupported':
      return booleanOperator(problem, term);
    case 'look-alike':
      return lookAlike(problem, term);
    case 'conflict':
      return 'רק טווח זמן אחד חל, והביטוי הזה לא מצמצם את הראשון.';
  }
}

/**
 * Every message in Hebrew. Give the whole pack, inside `dir="rtl"`: `import * as he from
 * '@auditkit/components/messages/he'` then `<AuditLog translation={he} />`, so the log's `lang` and its number and
 * date formats follow it too.
 */
export const messages: AuditMessages = {
  regionLabel: 'יומן ביקורת',
  withinLog: (log, part) => `${fsi(log)}: ${part}`,
  tableCaption: 'אירועי ביקורת',
  loading: 'האירועים נטענים…',
  emptyNoEvents: 'עדיין לא נרשמו אירועים.',
  emptyNoMatch: 'אין אירועים שתואמים למסננים האלה.',
  clearFilters: 'ניקוי המסננים',
  emptyPage: 'אין אירועים בדף הזה. ייתכן שחלק מהם הוסרו אחרי שנספרו.',
  emptyPageGoFirst: 'מעבר לדף הראשון',
  errorTitle: 'לא ניתן היה לטעון את יומן הביקורת.',
  partError: 'לא ניתן להציג את החלק הזה של יומן הביקורת.',
  retry: 'ניסיון חוזר',
  errorCancelled: 'הבקשה בוטלה.',
  errorNoToken: 'לא בוצעה התחברות, או שתוקף ההתחברות פג. יש להתחבר מחדש.',
  errorUnreachable: 'לא ניתן היה להתחבר ל־API של הביקורת.',
  errorBrokeOff: 'התשובה מה־API של הביקורת נקטעה.',
  errorUnexpectedAnswer: 'ה־API של הביקורת שלח תשובה לא צפויה.',
  errorStatus: (status) => `ה־API של הביקורת החזיר את הסטטוס ${status}.`,
  errorNoBody: 'ה־API של הביקורת שלח תשובת ייצוא ריקה.',
  retryAfter: (seconds, count) =>
    plural(count, {
      one: 'יותר מדי בקשות: אפשר לנסות שוב בעוד שנייה.',
      two: 'יותר מדי בקשות: אפשר לנסות שוב בעוד שתי שניות.',
      other: `יותר מדי בקשות: אפשר לנסות שוב בעוד ${seconds} שניות.`,
    }),
  traceId: (id) => `מזהה מעקב: ${lri(id)}`,
  noPermission: 'אין לך הרשאה לצפות ביומן הביקורת.',
  system: 'מערכת',
  impersonatedBy: (actor) => `בהתחזות על ידי ${fsi(actor)}`,
  unknownValue: '—',
  unshowableValue: '[ערך מקונן לעומק רב מכדי להציגו]',
  resizeColumn: (column) => `שינוי הרוחב של העמודה ${column}`,
  narrowColumn: (column) => `הצרת העמודה ${column}`,
  widenColumn: (column) => `הרחבת העמודה ${column}`,
  detailsTitle: 'פרטי האירוע',
  fieldLabels: {
    frontegg_id: 'מזהה האירוע',
    tenantId: 'מזהה הדייר',
    vendorId: 'מזהה הספק',
    user: 'שם',
    userId: 'מזהה המשתמש',
    actorMail: 'בהתחזות על ידי',
    resource: 'משאב',
  },
  detailsFor: (action, time) => `פרטי ${fsi(action)} מ־${fsi(time)}`,
  ipLocation: (ip) => `המיקום של ${lri(ip)}`,
  ipLocationLoading: 'המיקום באיתור…',
  ipLocationUnknown: 'המיקום לא ידוע',
  ipLocationError: 'איתור המיקום נכשל',
  showJson: 'הצגת הנתונים',
  hideJson: 'הסתרת הנתונים',
  copy: 'העתקה',
  copyNamed: (name) => `העתקת ${name}`,
  copyByHand: (name) => `${fsi(name)}, להעתקה ידנית`,
  copied: 'הועתק',
  copyFailed: 'ההעתקה נכשלה',
  copyEventLink: 'העתקת קישור לאירוע הזה',
  eventLinkLabel: 'קישור לאירוע הזה',
  copyEventJson: 'העתקת האירוע הזה כ־JSON',
  eventJsonLabel: 'האירוע הזה כ־JSON',
  linkedEventMissing: 'האירוע שבקישור אינו ברשימה הזו. ייתכן שהוא הוסר, או שאין לך גישה אליו.',
  before: 'לפני',
  after: 'אחרי',
  expandNode: (key) => `פתיחה או סגירה של ${fsi(key)}`,
  showMoreEntries: (more, left, count) =>
    plural(count, { one: `הצגת עוד ${more} (נותר ${left})`, other: `הצגת עוד ${more} (נותרו ${left})` }),
  jsonChanged: 'השתנה',
  jsonData: 'נתוני JSON',
  filtersLabel: 'מסננים',
  filtersToggle: 'מסננים',
  moreFilters: 'מסננים נוספים',
  searchLabel: 'חיפוש אירועים',
  searchPlaceholder: 'חיפוש או סינון: actor:… severity:high created:7d',
  searchHint: `טקסט חופשי, או ביטויים בצורה שדה:ערך, כמו ${['actor:', 'action:', 'severity:', 'ip:', 'created:'].map(lri).join(', ')}. מקשי החיצים פותחים הצעות.`,
  searchSuggestions: 'הצעות',
  searchFixedDate: 'כתאריך קבוע',
  searchNotApplied: 'לא הוחל',
  searchProblem,
  searchUseField: (field) => `שימוש ב־${lri(field)}`,
  searchCheck: 'הוחל כפי שהוקלד',
  searchValueHint: (value, suggestion) =>
    `${lri(value)} אינה אחת מרמות החומרה הרגילות; אירועים שיש להם אותה מוצגים. האם התכוונת ל־${lri(suggestion)}?`,
  searchUseValue: (value) => `שימוש ב־${lri(value)}`,
  searchUnavailable: 'לא ניתן היה לטעון את החיפוש. יש לטעון מחדש את הדף, או ללחוץ על Enter כדי לנסות שוב.',
  views: 'תצוגות',
  viewsPredefined: 'תצוגות מוצעות',
  viewsMine: 'התצוגות שלי',
  viewsSaveCurrent: 'שמירת התצוגה הנוכחית…',
  viewsManage: 'ניהול התצוגות…',
  viewsDialogTitle: 'תצוגות שמורות',
  viewName: 'שמירת התצוגה הנוכחית בשם',
  viewsSave: 'שמירה',
  viewsEmpty: 'עדיין אין תצוגות.',
  viewDefault: 'ברירת מחדל',
  viewLink: 'קישור',
  viewRenameShort: 'שינוי שם',
  viewDeleteShort: 'מחיקה',
  viewSaved: (name) => `התצוגה "${fsi(name)}" נשמרה`,
  viewApplied: (name) => `התצוגה "${fsi(name)}" הוחלה`,
  viewDeleted: (name) => `התצוגה "${fsi(name)}" נמחקה`,
  viewApply: (name) => `החלת ${fsi(name)}`,
  viewSetDefault: (name) => `פתיחה עם ${fsi(name)} כברירת מחדל`,
  viewCopyLink: (name) => `העתקת קישור אל ${fsi(name)}`,
  viewLinkLabel: (name) => `קישור אל ${fsi(name)}`,
  viewRename: (name) => `שינוי השם של ${fsi(name)}`,
  viewRenameLabel: (name) => `שם חדש ל־${fsi(name)}`,
  viewDelete: (name) => `מחיקת ${fsi(name)}`,
  viewUndo: 'ביטול',
  viewUndoDelete: (name) => `ביטול המחיקה של ${fsi(name)}`,
  viewRestored: (name) => `התצוגה "${fsi(name)}" שוחזרה`,
  viewErrorNameMissing: 'יש להזין שם לתצוגה.',
  viewErrorNameTooLong: (max) => `שם של תצוגה יכול להכיל עד ${max} תווים.`,
  viewErrorNameTaken: (name) => `כבר יש תצוגה בשם "${fsi(name)}". יש לבחור שם אחר.`,
  viewErrorTooMany: (max) => `אפשר לשמור עד ${max} תצוגות. כדי לשמור תצוגה נוספת יש למחוק אחת מהן.`,
  viewErrorLoading: 'התצוגות עדיין נטענות. יש לנסות שוב בעוד רגע.',
  viewErrorNotLoaded:
    'לא ניתן היה לטעון את התצוגות, ולכן אי אפשר לשנות אותן כרגע. יש לטעון מחדש את הדף כדי לנסות שוב.',
  viewErrorUnknown: 'התצוגה הזו כבר לא קיימת.',
  viewErrorPredefined: 'אי אפשר לשנות את השם של תצוגות מוצעות או למחוק אותן.',
  viewErrorStorageFull: 'האחסון של הדפדפן מלא, ולכן השינוי לא נשמר.',
  viewErrorQueryTooBig: (reason) => `אי אפשר לשמור את התצוגה הזו. ${fsi(reason)}`,
  viewErrorColumnsTooBig: (max) =>
    `אי אפשר לשמור את התצוגה הזו: בחירת העמודות שלה הייתה כוללת יותר מ־${max} עמודות. יש לאפס את העמודות ולשנות פחות מהן.`,
  queryOverSearch: (max) => `טקסט החיפוש ארוך מ־${max} תווים.`,
  queryOverStored: (max) => `החיפוש והמסננים יחד ארוכים מ־${max} תווים.`,
  queryOverColumns: (max) => `מסוננות יותר מ־${max} עמודות.`,
  queryOverColumnName: (column) =>
    `אי אפשר לשמור את המסנן על ${fsi(column)}: קישור לא יכול להכיל את השם של העמודה הזו.`,
  queryOverValues: (column, max) => `במסנן על ${fsi(column)} יש יותר מ־${max} ערכים.`,
  queryOverValueLength: (column, max) => `ערך במסנן על ${fsi(column)} ארוך מ־${max} תווים.`,
  filterNotChanged: (reason) => `המסנן לא שונה. ${fsi(reason)}`,
  timeRange: 'טווח זמן',
  timeAll: 'כל התקופה',
  timeLastHour: 'השעה האחרונה',
  timeLast24Hours: '24 השעות האחרונות',
  timeLast7Days: '7 הימים האחרונים',
  timeLast30Days: '30 הימים האחרונים',
  timeLast90Days: '90 הימים האחרונים',
  timeLast365Days: '365 הימים האחרונים',
  timeCustom: 'טווח מותאם אישית',
  timeFrom: 'התחלה',
  timeTo: 'סיום',
  timeRangeInvalid: 'ההתחלה צריכה להיות לפני הסיום.',
  apply: 'החלה',
  users: 'משתמש',
  emails: 'אימייל',
  actions: 'פעולה',
  severity: 'חומרה',
  severityLabels: { Info: 'מידע', Medium: 'בינונית', High: 'גבוהה', Error: 'שגיאה', Critical: 'קריטית' },
  ipAddress: 'כתובת IP',
  addValue: (field) => `הוספת מסנן ${field}`,
  valuePlaceholder: 'מקלידים ולוחצים על Enter',
  activeFilters: 'מסננים פעילים',
  removeFilter: (label, value) => `הסרת המסנן ${label}: ${fsi(value)}`,
  filterToValue: (label, value) => `הצגת האירועים שבהם הערך של ${fsi(label)} הוא ${fsi(value)} בלבד`,
  eventsAroundTime: 'הצגת האירועים מ־5 דקות לפני אירוע זה ועד 5 דקות אחריו',
  // A column's label may be a tenant's Latin name and a value anything typed: each isolated, so neither's
  // punctuation or direction moves the colon.
  labelled: (label, value) => `${fsi(label)}: ${fsi(value)}`,
  listHeading: (heading) => `${heading}:`,
  noted: (text, note) => `${text} (${note})`,
  notApplied: 'לא הוחל',
  unappliedTitle: 'לא הוחל על השורות המוצגות',
  exportUnappliedTitle: 'לא הוחל על הקובץ',
  unappliedReasons: {
    conflict: 'ה־API של הביקורת לא יכול לשלב אותו עם שאר המסננים',
    'not-filterable': 'אי אפשר לסנן לפי העמודה הזו',
    'unknown-column': 'אין עמודה כזו',
    'reserved-name': 'ה־API של הביקורת לא יכול לסנן לפי השם הזה',
    'time-column': 'אפשר להשתמש בטווח הזמן במקום',
    'invalid-sort': 'ה־API של הביקורת לא יכול למיין לפי השדה הזה',
    'invalid-time': 'זה לא תאריך ושעה',
    'legacy-cannot-filter': 'היומן הזה מסנן משתמשים לפי אימייל במקום זאת',
    'ignored-by-api': 'ה־API של הביקורת החזיר אירועים מחוץ לטווח הזה',
  },
  unappliedSort: (column) => `מיון לפי ${fsi(column)}`,
  clearAll: 'ניקוי הכול',
  close: 'סגירה',
  columns: 'עמודות',
  columnsTitle: 'הצגה וסידור של עמודות',
  moveUp: (column) => `הזזת ${column} למעלה`,
  moveDown: (column) => `הזזת ${column} למטה`,
  movedTo: (column, position, total) => `העמודה ${column} עברה למקום ${position} מתוך ${total}`,
  resetColumns: 'איפוס העמודות',
  columnsReset: 'העמודות אופסו',
  columnsNotChanged: (max) =>
    `העמודות לא שונו: קישור יכול להכיל לכל היותר ${max} שמות של עמודות. כדי להתחיל מחדש יש לאפס את העמודות.`,
  dragHandle: (column) => `גרירה לשינוי המקום של ${column}`,
  filterColumns: 'חיפוש עמודה',
  columnMatches: (total, count) =>
    plural(count, { one: 'עמודה אחת מתאימה', two: 'שתי עמודות מתאימות', other: `${total} עמודות מתאימות` }),
  noColumnMatches: 'אין עמודה מתאימה',
  // Hebrew keyboards label the keys in English.
  columnMoveKeys: 'Home מעביר עמודה לראש הרשימה, ו־End לסופה.',
  exportCsv: 'ייצוא',
  exportVisibleColumns: 'העמודות המוצגות, לפי הסדר',
  exportAllColumns: 'כל העמודות',
  exportStart: 'הורדה',
  exportCancel: 'ביטול הייצוא',
  exportProgress: (rows, total, count) =>
    plural(count, {
      one: `יוצאו ${rows} מתוך אירוע אחד`,
      other: `יוצאו ${rows} מתוך ${total} אירועים`,
    }),
  exportPercent: (percent) => `הייצוא הושלם ב־${percent}`,
  exportDone: (rows, count) =>
    plural(count, {
      one: 'הייצוא הושלם: אירוע אחד',
      other: `הייצוא הושלם: ${rows} אירועים`,
    }),
  exportDoneLeftOut: (done, left) => `${done}. לא הוחל על הקובץ: ${rli(left)}.`,
  exportCancelled: 'הייצוא בוטל, ולא נשמר קובץ.',
  exportCancelledToHost: 'הייצוא בוטל לפני שכל האירועים נכתבו.',
  exportNoFile: 'לא נשמר קובץ.',
  exportFailed: (reason) => `הייצוא נכשל: ${fsi(reason)}`,
  exportBrokeOff: (rows, total, count) =>
    plural(count, {
      one: `הייצוא נקטע אחרי ${rows} מתוך אירוע אחד.`,
      other: `הייצוא נקטע אחרי ${rows} מתוך ${total} אירועים.`,
    }),
  exportBrokeOffAfter: (rows, count) =>
    plural(count, {
      one: 'הייצוא נקטע אחרי אירוע אחד.',
      other: `הייצוא נקטע אחרי ${rows} אירועים.`,
    }),
  exportStartBrokeOff: 'הייצוא נקטע לפני האירוע הראשון.',
  exportPageBrokeOff: (event) => `הייצוא נקטע באירוע ${event}.`,
  exportEndedEarly: (rows, total, count) =>
    plural(count, {
      one: `הייצוא הסתיים אחרי ${rows} מתוך אירוע אחד.`,
      other: `הייצוא הסתיים אחרי ${rows} מתוך ${total} אירועים.`,
    }),
  exportChanged: 'האירועים התואמים השתנו במהלך הייצוא, ולכן ייתכן שחלקם חסרים או כפולים.',
  exportTooManyRows:
    'השרת שלח יותר אירועים ממה שתואם למסננים, ולכן הייצוא הופסק כדי שלא יישמרו אירועים שלא תואמים. יש לנסות שוב או לצמצם את טווח הזמן.',
  exportNoPermission: 'אין לך הרשאה לייצא אירועי ביקורת.',
  exportFormat: 'פורמט',
  exportFormatCsv: 'CSV לגיליונות אלקטרוניים',
  exportFormatCsvHint: 'נפתח כמו שצריך ב־Excel, ב־Numbers, ב־Sheets וב־LibreOffice; נוסחאות מנוטרלות.',
  exportFormatCsvSemicolon: 'CSV לגיליונות אלקטרוניים, עם ; כמפריד',
  exportFormatCsvSemicolonHint: 'ל־Excel באזורים שבהם כותבים שברים עשרוניים עם פסיק (1,5).',
  exportFormatCsvPlain: 'CSV פשוט, כמו שהשרת שולח אותו',
  exportFormatCsvPlainHint: 'לסקריפטים: התאים בלי שינוי, הזמנים ב־UTC, בלי סימן סדר בתים (BOM).',
  exportFormatJsonl: 'JSON Lines',
  exportFormatJsonlHint: 'אירוע אחד בכל שורה, עם כל השדות, לכלי ציות ולכלי יומנים.',
  exportTimes: 'זמנים',
  exportTimesInZone: (zone) => `לפי ${lri(zone)}, כמו במסך`,
  exportTimesUtc: 'לפי UTC',
  exportOffsetHeader: (column) => `הפרש מ־UTC (${column})`,
  exportByDownload: (size) => `יישמר כהורדה רגילה${size ? ` (בערך ${size})` : ''}.`,
  exportInMemoryWarning:
    'דפדפן זה אינו יכול לשמור ישירות לקובץ, ולכן הקובץ כולו נבנה תחילה בזיכרון: טווח זמן קצר יותר או פחות עמודות בטוחים יותר.',
  exportInMemoryWarningJsonl:
    'דפדפן זה אינו יכול לשמור ישירות לקובץ, ולכן הקובץ כולו נבנה תחילה בזיכרון: טווח זמן קצר יותר בטוח יותר.',
  exportByPicker: (size) =>
    `אפשר לבחור איפה לשמור את הקובץ${size ? ` (בערך ${size})` : ''}; הוא נכתב תוך כדי קבלת הנתונים.`,
  exportToHost: 'ייכתב ליעד שהאפליקציה הזו מספקת.',
  exportStartedFilters: 'המסננים השתנו אחרי תחילת הייצוא: הקובץ נוצר לפי המסננים כפי שהיו אז.',
  paginationLabel: 'מעבר בין דפים',
  range: (from, to, total) => `${lri(`${from}–${to}`)} מתוך ${total}`,
  rangeOfMany: (from, to) => `${lri(`${from}–${to}`)} מתוך רבים`,
  pageSize: 'שורות בדף',
  previousPage: 'הדף הקודם',
  nextPage: 'הדף הבא',
  firstPage: 'הדף הראשון',
  lastPage: 'הדף האחרון',
  page: (page) => `דף ${page}`,
  loadingMore: 'אירועים נוספים נטענים…',
  loadMore: 'טעינת אירועים נוספים',
  loadMoreFailed: 'לא ניתן היה לטעון את האירועים הבאים.',
  refreshFailed: 'לא ניתן היה לרענן את האירועים.',
  refreshFailedShown: (time) => `האירועים המוצגים נכונים ל־${fsi(time)} וייתכן שאינם עדכניים.`,
  columnsFailed: 'לא ניתן היה לטעון את העמודות.',
  columnsFailedShown: 'מוצגות העמודות הרגילות: העמודות של היומן הזה חסרות בטבלה, במסננים ובייצוא.',
  allLoaded: (total, count) =>
    plural(count, {
      one: 'האירוע היחיד נטען',
      two: 'שני האירועים נטענו',
      other: `כל ${total} האירועים נטענו`,
    }),
  loadedOf: (loaded, total, count) =>
    plural(count, {
      one: `נטען ${loaded} מתוך אירוע אחד`,
      other: `נטענו ${loaded} מתוך ${total} אירועים`,
    }),
  loadedSoFar: (loaded, count) =>
    plural(count, {
      one: 'נטען אירוע אחד',
      two: 'נטענו שני אירועים',
      other: `נטענו ${loaded} אירועים`,
    }),
  loadedServerEnded: 'השרת לא שלח עוד',
  loadedLimit: 'זה המקסימום שרשימה אחת מכילה: צמצמו את המסננים או ייצאו את כל האירועים',
  resultCount: (total, count) => plural(count, { one: 'אירוע אחד', other: `${total} אירועים` }),
  resultCountAtLeast: (total, count) =>
    plural(count, { one: 'לפחות אירוע אחד', other: `לפחות ${total} אירועים` }),
  sortedAscending: (column) => `ממוין לפי ${fsi(column)}, בסדר עולה.`,
  sortedDescending: (column) => `ממוין לפי ${fsi(column)}, בסדר יורד.`,
  timeZone: 'אזור זמן',
  timeZoneLocal: (zone) => `מקומי (${lri(zone)})`,
  timeZoneUtc: 'UTC',
  newEventsUncounted: 'אירועים חדשים',
  newEventsCheckFailed: 'לא ניתן היה לבדוק אם יש אירועים חדשים.',
  newEvents: (count, value) => plural(value, { one: 'אירוע חדש אחד', other: `${count} אירועים חדשים` }),
  showNewEvents: 'הצגה',
  statsLabel: 'סיכום הביקורת',
  eventsToday: 'אירועים היום',
  severeThisWeek: 'חמורים השבוע',
  statUnavailable: 'לא זמין',
  statsStale: 'ייתכן שאינו מעודכן',
};
