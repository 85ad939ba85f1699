// German (Deutsch): formal "Sie", buttons as verbs ("Exportieren", "Erneut versuchen"), German quotation marks.
// The search language's field names (actor:, severity:…) are syntax and stay as they are.
import { auditQueryLimits } from '@auditkit/headless';
import type { AuditSearchProblem, AuditSearchTerm } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';
import { pluralOf } from './plural.ts';
import { isPastSearchTextRead, searchTextRead } from './searchTextRead.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** The locale to pass as `<AuditLog locale>` with these messages, so dates and numbers match the words. */
export const locale = 'de';

/** A limit written as the locale writes numbers ("8.192" in German), as the log's other counts are. */
const count = (value: number) => formatNumber(value, locale);

const plural = pluralOf(locale);

const timeForms =
  'Verwenden Sie ein Datum (2026-11-01), Datum mit Uhrzeit (2026-11-01T10:00), einen Zeitraum (2026-11-01..2026-11-07), today bzw. yesterday (als festes Datum) oder einen der Werte 1h, 24h, 7d, 30d, 90d, 365d.';

/** A value that is not applied, said by its reason (`problem.reason`); a problem without one, by its field. */
function invalidValue(problem: AuditSearchProblem, term: AuditSearchTerm, field: string): string {
  // Free text is refused for its length only: past the most text read (8 KiB), or over what a link can carry.
  if (term.kind === 'text')
    return (problem.reason ? problem.reason === 'search-past-read' : isPastSearchTextRead(term))
      ? `Der Suchtext ist zu lang (höchstens ${count(searchTextRead)} Zeichen insgesamt); ab hier wird er nicht angewendet.`
      : `Der Suchtext ist zu lang (höchstens ${count(auditQueryLimits.search)} Zeichen); dieser Teil wird nicht angewendet.`;
  switch (problem.reason) {
    case 'not-a-time':
      return `Das ist keine gültige Zeitangabe. ${timeForms}`;
    case 'not-a-time-range':
      return `Das ist kein gültiger Zeitraum. ${timeForms}`;
    case 'ends-before-start':
      return 'Der Zeitraum endet, bevor er beginnt.';
    case 'outside-years':
      return 'Die Zeitangabe liegt außerhalb der Jahre 0001 bis 9999 (in UTC), die ein Zeitraum abdecken kann.';
    case 'one-value':
      return `„${field}:“ akzeptiert nur ein Datum oder einen Zeitraum.`;
    case 'too-many-values':
      return `„${field}:“ akzeptiert höchstens ${count(problem.limit ?? auditQueryLimits.values)} Werte.`;
    case 'value-too-long':
      return `Ein Wert darf höchstens ${count(problem.limit ?? auditQueryLimits.value)} Zeichen lang sein.`;
    case 'too-many-fields':
      return `Es lassen sich höchstens ${count(problem.limit ?? auditQueryLimits.columns)} Felder gleichzeitig filtern.`;
    default:
      return problem.suggestion
        ? `Ungültiger Wert für „${field}:“. Meinten Sie „${problem.suggestion}“?`
        : `Ungültiger Wert für „${field}:“.`;
  }
}

/** `NOT`, `OR`, `AND` or a grouping parenthesis, which the search language does not have (`problem.reason`). */
function booleanOperator(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const quoted = problem.suggestion ?? `"${term.raw}"`;
  const asWord = `Um nach dem Wort zu suchen, setzen Sie es in Anführungszeichen: ${quoted}.`;
  switch (problem.reason) {
    case 'not-operator':
      return `Die Audit-API kann keine Begriffe ausschließen; „${term.raw}“ wird nicht angewendet. ${asWord}`;
    case 'or-operator':
      return `Alle Begriffe müssen zutreffen, ein Entweder-oder kennt die Audit-API nicht; „${term.raw}“ wird nicht angewendet. Für einen von zwei Werten geben Sie beide einem Feld: actor:a,b. ${asWord}`;
    case 'and-operator':
      return `Alle Begriffe müssen ohnehin zutreffen; „${term.raw}“ wird nicht angewendet. ${asWord}`;
    default:
      return `Klammern gruppieren keine Begriffe (alle Begriffe müssen zutreffen); „${term.raw}“ wird nicht angewendet. Lassen Sie die Klammern weg, oder setzen Sie den Text in Anführungszeichen, um so danach zu suchen.`;
  }
}

/**
 * Curly quotes or a full-width colon, as pasted or typed by an input method, or a comparison without its colon
 * (`created>=2026-11-01`), as other query languages write it (`AuditSearchProblem.reason`).
 */
function lookAlike(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const fixed = problem.suggestion ?? term.raw;
  if (problem.reason === 'comparison')
    return `Ein Vergleich steht nach dem Doppelpunkt des Felds; „${term.raw}“ wird nicht angewendet. Schreiben Sie: ${fixed}. Um nach dem Text wie geschrieben zu suchen, setzen Sie ihn in gerade Anführungszeichen.`;
  return problem.reason === 'colon'
    ? `Ein Feld wird mit einem einfachen Doppelpunkt „:“ geschrieben, nicht mit dem breiten „：“; „${term.raw}“ wird nicht angewendet. Schreiben Sie: ${fixed}. Um nach dem „：“ selbst zu suchen, setzen Sie es in gerade Anführungszeichen.`
    : `Typografische Anführungszeichen (“ ” „ « » ＂ 「 」 『 』) sind keine Suchanführungszeichen; „${term.raw}“ wird nicht angewendet. Schreiben Sie gerade Anführungszeichen: ${fixed}. Um nach diesen Zeichen selbst zu suchen, setzen Sie sie in gerade Anführungszeichen.`;
}

function searchProblem(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const field = term.field?.name ?? term.fieldText ?? '';
  switch (problem.code) {
    case 'unknown-field':
      // `users:` on the legacy list, which filters users by email instead: `suggestion` is the email field.
      if (problem.reason === 'legacy-user-id')
        return `Dieses Protokoll kann nicht nach Benutzer-ID filtern; „${term.fieldText}:“ wird nicht angewendet.${problem.suggestion ? ` Filtern Sie stattdessen mit „${problem.suggestion}:“ nach E-Mail.` : ''}`;
      return problem.suggestion
        ? `Unbekanntes Feld „${term.fieldText}“. Meinten Sie „${problem.suggestion}:“?`
        : `Unbekanntes Feld „${term.fieldText}“.${problem.fields ? ` Bekannte Felder: ${problem.fields.join(', ')}.` : ''}`;
    case 'empty-value':
      return `Geben Sie nach „${field}:“ einen Wert ein.`;
    case 'invalid-value':
      return invalidValue(problem, term, field);
    case 'operator-unsupported':
      return `„${term.operator ?? ''}“ vergleicht nur Zeiten; „${field}:“ sucht nach Werten.`;
    case 'negation-unsupported':
      return term.kind === 'text'
        ? `Die Audit-API kann keinen Text ausschließen. Um danach zu suchen, setzen Sie ihn in Anführungszeichen: "${term.raw}".`
        : problem.suggestion
          ? // `actor:-bob`: a value written with a bare `-`, offered quoted to search for it as written.
            `Die Audit-API kann keine Werte ausschließen; „${term.raw}“ wird nicht angewendet. Um nach dem Wert zu suchen, setzen Sie ihn in Anführungszeichen: ${problem.suggestion}.`
          : `Die Audit-API kann keine Werte ausschließen; „-${field}:“ wird nicht angewendet.`;
    case 'boolean-unsupported':
      return booleanOperator(problem, term);
    case 'look-alike':
      return lookAlike(problem, term);
    case 'conflict':
      return 'Es gilt nur ein Zeitraum; dieser Begriff grenzt den ersten nicht weiter ein.';
  }
}

/**
 * Every message in German. Give the whole pack, `import * as de from '@auditkit/components/messages/de'` then
 * `<AuditLog translation={de} />`, so the log's `lang` and its number and date formats follow it too.
 */
export const messages: AuditMessages = {
  regionLabel: 'Audit-Protokoll',
  withinLog: (log, part) => `${log}: ${part}`,
  tableCaption: 'Audit-Ereignisse',
  loading: 'Ereignisse werden geladen…',
  emptyNoEvents: 'Bisher wurden keine Ereignisse aufgezeichnet.',
  emptyNoMatch: 'Keine Ereignisse entsprechen diesen Filtern.',
  clearFilters: 'Filter zurücksetzen',
  emptyPage:
    'Auf dieser Seite gibt es keine Ereignisse. Einige wurden möglicherweise entfernt, nachdem sie gezählt wurden.',
  emptyPageGoFirst: 'Zur ersten Seite',
  errorTitle: 'Das Audit-Protokoll konnte nicht geladen werden.',
  partError: 'Dieser Teil des Audit-Protokolls kann nicht angezeigt werden.',
  retry: 'Erneut versuchen',
  errorCancelled: 'Die Anfrage wurde abgebrochen.',
  errorNoToken: 'Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  errorUnreachable: 'Die Audit-API ist nicht erreichbar.',
  errorBrokeOff: 'Die Antwort der Audit-API ist abgebrochen.',
  errorUnexpectedAnswer: 'Die Audit-API hat eine unerwartete Antwort gesendet.',
  errorStatus: (status) => `Die Audit-API hat mit dem Status ${status} geantwortet.`,
  errorNoBody: 'Die Audit-API hat eine leere Exportantwort gesendet.',
  retryAfter: (seconds, count) =>
    plural(count, {
      one: `Zu viele Anfragen: Versuchen Sie es in ${seconds} Sekunde erneut.`,
      other: `Zu viele Anfragen: Versuchen Sie es in ${seconds} Sekunden erneut.`,
    }),
  traceId: (id) => `Trace-ID: ${id}`,
  noPermission: 'Sie sind nicht berechtigt, das Audit-Protokoll einzusehen.',
  system: 'System',
  impersonatedBy: (actor) => `Identitätswechsel durch ${actor}`,
  unknownValue: '—',
  unshowableValue: '[Wert zu tief verschachtelt, um ihn anzuzeigen]',
  resizeColumn: (column) => `Breite der Spalte ${column} ändern`,
  narrowColumn: (column) => `Spalte ${column} schmaler machen`,
  widenColumn: (column) => `Spalte ${column} breiter machen`,
  detailsTitle: 'Ereignisdetails',
  fieldLabels: {
    frontegg_id: 'Ereignis-ID',
    tenantId: 'Mandanten-ID',
    vendorId: 'Anbieter-ID',
    user: 'Name',
    userId: 'Benutzer-ID',
    actorMail: 'Identitätswechsel durch',
    resource: 'Ressource',
  },
  detailsFor: (action, time) => `Details zu ${action} vom ${time}`,
  ipLocation: (ip) => `Standort von ${ip}`,
  ipLocationLoading: 'Wird ermittelt…',
  ipLocationUnknown: 'Standort unbekannt',
  ipLocationError: 'Standort konnte nicht ermittelt werden',
  showJson: 'Daten anzeigen',
  hideJson: 'Daten ausblenden',
  copy: 'Kopieren',
  copyNamed: (name) => `${name} kopieren`,
  copyByHand: (name) => `${name} zum manuellen Kopieren`,
  copied: 'Kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  copyEventLink: 'Link zu diesem Ereignis kopieren',
  eventLinkLabel: 'Link zu diesem Ereignis',
  copyEventJson: 'Dieses Ereignis als JSON kopieren',
  eventJsonLabel: 'Dieses Ereignis als JSON',
  linkedEventMissing:
    'Das verlinkte Ereignis ist nicht in dieser Liste. Vielleicht wurde es entfernt, oder Sie haben keinen Zugriff darauf.',
  before: 'Vorher',
  after: 'Nachher',
  expandNode: (key) => `${key} auf- oder zuklappen`,
  showMoreEntries: (more, left, count) =>
    plural(count, {
      one: `${more} weiteren Eintrag zeigen (noch ${left})`,
      other: `${more} weitere Einträge zeigen (noch ${left})`,
    }),
  jsonChanged: 'geändert',
  jsonData: 'JSON-Daten',
  filtersLabel: 'Filter',
  filtersToggle: 'Filter',
  moreFilters: 'Weitere Filter',
  searchLabel: 'Ereignisse durchsuchen',
  searchPlaceholder: 'Suchen/Filtern: actor:… severity:high created:7d',
  searchHint:
    'Freitext oder Begriffe der Form Feld:Wert, etwa actor:, action:, severity:, ip:, created:. Mit den Pfeiltasten öffnen Sie Vorschläge.',
  searchSuggestions: 'Vorschläge',
  searchFixedDate: 'als festes Datum',
  searchNotApplied: 'Nicht angewendet',
  searchProblem,
  searchUseField: (field) => `${field} verwenden`,
  searchCheck: 'Wie eingegeben angewendet',
  searchValueHint: (value, suggestion) =>
    `„${value}“ ist keiner der üblichen Schweregrade; Ereignisse damit werden angezeigt. Meinten Sie „${suggestion}“?`,
  searchUseValue: (value) => `${value} verwenden`,
  searchUnavailable:
    'Die Suche konnte nicht geladen werden. Laden Sie die Seite neu, oder drücken Sie Enter, um es erneut zu versuchen.',
  views: 'Ansichten',
  viewsPredefined: 'Vorgeschlagene Ansichten',
  viewsMine: 'Meine Ansichten',
  viewsSaveCurrent: 'Aktuelle Ansicht speichern…',
  viewsManage: 'Ansichten verwalten…',
  viewsDialogTitle: 'Gespeicherte Ansichten',
  viewName: 'Aktuelle Ansicht speichern als',
  viewsSave: 'Speichern',
  viewsEmpty: 'Noch keine Ansichten.',
  viewDefault: 'Standard',
  viewLink: 'Link',
  viewRenameShort: 'Umbenennen',
  viewDeleteShort: 'Löschen',
  viewSaved: (name) => `Ansicht „${name}“ gespeichert`,
  viewApplied: (name) => `Ansicht „${name}“ angewendet`,
  viewDeleted: (name) => `Ansicht „${name}“ gelöscht`,
  viewApply: (name) => `${name} anwenden`,
  viewSetDefault: (name) => `Standardmäßig mit ${name} öffnen`,
  viewCopyLink: (name) => `Link zu ${name} kopieren`,
  viewLinkLabel: (name) => `Link zu ${name}`,
  viewRename: (name) => `${name} umbenennen`,
  viewRenameLabel: (name) => `Neuer Name für ${name}`,
  viewDelete: (name) => `${name} löschen`,
  viewUndo: 'Rückgängig machen',
  viewUndoDelete: (name) => `Löschen von ${name} rückgängig machen`,
  viewRestored: (name) => `Ansicht „${name}“ wiederhergestellt`,
  viewErrorNameMissing: 'Geben Sie einen Namen für die Ansicht ein.',
  viewErrorNameTooLong: (max) => `Der Name einer Ansicht darf höchstens ${max} Zeichen lang sein.`,
  viewErrorNameTaken: (name) => `Es gibt bereits eine Ansicht „${name}“. Wählen Sie einen anderen Namen.`,
  viewErrorTooMany: (max) =>
    `Sie können höchstens ${max} Ansichten behalten. Löschen Sie eine, um eine weitere zu speichern.`,
  viewErrorLoading: 'Ihre Ansichten werden noch geladen. Versuchen Sie es gleich noch einmal.',
  viewErrorNotLoaded:
    'Ihre Ansichten konnten nicht geladen werden und lassen sich deshalb jetzt nicht ändern. Laden Sie die Seite neu, um es erneut zu versuchen.',
  viewErrorUnknown: 'Diese Ansicht gibt es nicht mehr.',
  viewErrorPredefined: 'Vorgeschlagene Ansichten können nicht umbenannt oder gelöscht werden.',
  viewErrorStorageFull: 'Der Speicher des Browsers ist voll, deshalb wurde die Änderung nicht gespeichert.',
  viewErrorQueryTooBig: (reason) => `Diese Ansicht kann nicht gespeichert werden. ${reason}`,
  viewErrorColumnsTooBig: (max) =>
    `Diese Ansicht kann nicht gespeichert werden: Ihre Spaltenauswahl würde mehr als ${max} Spalten nennen. Setzen Sie die Spalten zurück und ändern Sie weniger davon.`,
  queryOverSearch: (max) => `Der Suchtext ist länger als ${max} Zeichen.`,
  queryOverStored: (max) => `Suchtext und Filter sind zusammen länger als ${max} Zeichen.`,
  queryOverColumns: (max) => `Es sind mehr als ${max} Spalten gefiltert.`,
  queryOverColumnName: (column) =>
    `Der Filter für „${column}“ kann nicht erhalten bleiben: Ein Link kann den Namen dieser Spalte nicht aufnehmen.`,
  queryOverValues: (column, max) => `Der Filter für „${column}“ hat mehr als ${max} Werte.`,
  queryOverValueLength: (column, max) =>
    `Ein Wert des Filters für „${column}“ ist länger als ${max} Zeichen.`,
  filterNotChanged: (reason) => `Der Filter wurde nicht geändert. ${reason}`,
  timeRange: 'Zeitraum',
  timeAll: 'Gesamter Zeitraum',
  timeLastHour: 'Letzte Stunde',
  timeLast24Hours: 'Letzte 24 Stunden',
  timeLast7Days: 'Letzte 7 Tage',
  timeLast30Days: 'Letzte 30 Tage',
  timeLast90Days: 'Letzte 90 Tage',
  timeLast365Days: 'Letzte 365 Tage',
  timeCustom: 'Benutzerdefiniert',
  timeFrom: 'Von',
  timeTo: 'Bis',
  timeRangeInvalid: 'Der Beginn muss vor dem Ende liegen.',
  apply: 'Anwenden',
  users: 'Benutzer',
  emails: 'E-Mail',
  actions: 'Aktion',
  severity: 'Schweregrad',
  severityLabels: { Info: 'Info', Medium: 'Mittel', High: 'Hoch', Error: 'Fehler', Critical: 'Kritisch' },
  ipAddress: 'IP-Adresse',
  addValue: (field) => `Filter für ${field} hinzufügen`,
  valuePlaceholder: 'Eingeben und Enter drücken',
  activeFilters: 'Aktive Filter',
  removeFilter: (label, value) => `Filter ${label}: ${value} entfernen`,
  filterToValue: (label, value) => `Nur Ereignisse anzeigen, bei denen ${label} den Wert ${value} hat`,
  eventsAroundTime: 'Ereignisse von 5 Minuten vor bis 5 Minuten nach diesem anzeigen',
  labelled: (label, value) => `${label}: ${value}`,
  listHeading: (heading) => `${heading}:`,
  noted: (text, note) => `${text} (${note})`,
  notApplied: 'nicht angewendet',
  unappliedTitle: 'Nicht auf die angezeigten Zeilen angewendet',
  exportUnappliedTitle: 'Nicht auf die Datei angewendet',
  unappliedReasons: {
    conflict: 'die Audit-API kann das nicht mit den übrigen Filtern kombinieren',
    'not-filterable': 'nach dieser Spalte kann nicht gefiltert werden',
    'unknown-column': 'diese Spalte gibt es nicht',
    'reserved-name': 'nach diesem Namen kann die Audit-API nicht filtern',
    'time-column': 'verwenden Sie dafür den Zeitraum',
    'invalid-sort': 'nach diesem Feld kann die Audit-API nicht sortieren',
    'invalid-time': 'kein gültiges Datum mit Uhrzeit',
    'legacy-cannot-filter': 'dieses Protokoll filtert Benutzer stattdessen nach E-Mail',
    'ignored-by-api': 'die Audit-API hat Ereignisse außerhalb dieses Zeitraums geliefert',
  },
  unappliedSort: (column) => `Sortierung nach ${column}`,
  clearAll: 'Alle entfernen',
  close: 'Schließen',
  columns: 'Spalten',
  columnsTitle: 'Spalten ein- und ausblenden, Reihenfolge ändern',
  moveUp: (column) => `${column} nach oben verschieben`,
  moveDown: (column) => `${column} nach unten verschieben`,
  movedTo: (column, position, total) => `${column} steht jetzt an Position ${position} von ${total}`,
  resetColumns: 'Spalten zurücksetzen',
  columnsReset: 'Spalten zurückgesetzt',
  columnsNotChanged: (max) =>
    `Die Spalten wurden nicht geändert: Ein Link kann höchstens ${max} Spaltennamen enthalten. Setzen Sie die Spalten zurück, um neu zu beginnen.`,
  dragHandle: (column) => `Ziehen, um ${column} zu verschieben`,
  filterColumns: 'Spalte suchen',
  columnMatches: (total, count) =>
    plural(count, { one: `${total} Spalte gefunden`, other: `${total} Spalten gefunden` }),
  noColumnMatches: 'Keine passende Spalte',
  // The keys as German keyboards label them.
  columnMoveKeys: 'Pos1 verschiebt eine Spalte an den Anfang, Ende an den Schluss.',
  exportCsv: 'Exportieren',
  exportVisibleColumns: 'Sichtbare Spalten, in dieser Reihenfolge',
  exportAllColumns: 'Alle Spalten',
  exportStart: 'Herunterladen',
  exportCancel: 'Export abbrechen',
  exportProgress: (rows, total, count) =>
    plural(count, {
      one: `${rows} von ${total} Ereignis exportiert`,
      other: `${rows} von ${total} Ereignissen exportiert`,
    }),
  exportPercent: (percent) => `Export zu ${percent} abgeschlossen`,
  exportDone: (rows, count) =>
    plural(count, {
      one: `Export abgeschlossen: ${rows} Ereignis`,
      other: `Export abgeschlossen: ${rows} Ereignisse`,
    }),
  exportDoneLeftOut: (done, left) => `${done}. Nicht auf die Datei angewendet: ${left}.`,
  exportCancelled: 'Export abgebrochen; es wurde keine Datei gespeichert.',
  exportCancelledToHost: 'Export abgebrochen, bevor alle Ereignisse geschrieben waren.',
  exportNoFile: 'Es wurde keine Datei gespeichert.',
  exportFailed: (reason) => `Export fehlgeschlagen: ${reason}`,
  exportBrokeOff: (rows, total, count) =>
    plural(count, {
      one: `Der Export ist nach ${rows} von ${total} Ereignis abgebrochen.`,
      other: `Der Export ist nach ${rows} von ${total} Ereignissen abgebrochen.`,
    }),
  exportBrokeOffAfter: (rows, count) =>
    plural(count, {
      one: `Der Export ist nach ${rows} Ereignis abgebrochen.`,
      other: `Der Export ist nach ${rows} Ereignissen abgebrochen.`,
    }),
  exportStartBrokeOff: 'Der Export ist vor dem ersten Ereignis abgebrochen.',
  exportPageBrokeOff: (event) => `Der Export ist bei Ereignis ${event} abgebrochen.`,
  exportEndedEarly: (rows, total, count) =>
    plural(count, {
      one: `Der Export endete nach ${rows} von ${total} Ereignis.`,
      other: `Der Export endete nach ${rows} von ${total} Ereignissen.`,
    }),
  exportChanged:
    'Die passenden Ereignisse haben sich während des Exports geändert; einige könnten fehlen oder doppelt sein.',
  exportTooManyRows:
    'Der Server hat mehr Ereignisse gesendet, als den Filtern entsprechen; der Export wurde daher abgebrochen, statt nicht passende Ereignisse zu speichern. Versuchen Sie es erneut oder grenzen Sie den Zeitraum ein.',
  exportNoPermission: 'Sie sind nicht berechtigt, Audit-Ereignisse zu exportieren.',
  exportFormat: 'Format',
  exportFormatCsv: 'CSV für Tabellenkalkulationen',
  exportFormatCsvHint:
    'Öffnet sich sauber in Excel, Numbers, Google Tabellen und LibreOffice; Formeln werden entschärft.',
  exportFormatCsvSemicolon: 'CSV für Tabellenkalkulationen, mit ; getrennt',
  exportFormatCsvSemicolonHint: 'Für Excel in Regionen, die Dezimalzahlen mit Komma schreiben (1,5).',
  exportFormatCsvPlain: 'Einfaches CSV, wie vom Server geliefert',
  exportFormatCsvPlainHint: 'Für Skripte: Zellen unverändert, Zeiten in UTC, ohne Byte-Order-Mark.',
  exportFormatJsonl: 'JSON Lines',
  exportFormatJsonlHint: 'Ein Ereignis pro Zeile mit allen Feldern, für Compliance- und Log-Werkzeuge.',
  exportTimes: 'Zeiten',
  exportTimesInZone: (zone) => `In ${zone}, wie angezeigt`,
  exportTimesUtc: 'In UTC',
  exportOffsetHeader: (column) => `UTC-Abweichung (${column})`,
  exportByDownload: (size) => `Wird wie gewohnt heruntergeladen${size ? ` (ca. ${size})` : ''}.`,
  exportInMemoryWarning:
    'Dieser Browser kann nicht direkt in eine Datei speichern, daher wird die ganze Datei zuerst im Speicher erstellt: Ein kürzerer Zeitraum oder weniger Spalten sind sicherer.',
  exportInMemoryWarningJsonl:
    'Dieser Browser kann nicht direkt in eine Datei speichern, daher wird die ganze Datei zuerst im Speicher erstellt: Ein kürzerer Zeitraum ist sicherer.',
  exportByPicker: (size) =>
    `Sie wählen den Speicherort${size ? ` (ca. ${size})` : ''}; die Datei wird geschrieben, während die Daten eintreffen.`,
  exportToHost: 'Wird an das Ziel geschrieben, das diese App vorgibt.',
  exportStartedFilters:
    'Die Filter wurden nach dem Start dieses Exports geändert: Die Datei folgt ihnen, wie sie beim Start waren.',
  paginationLabel: 'Seitennavigation',
  range: (from, to, total) => `${from}–${to} von ${total}`,
  rangeOfMany: (from, to) => `${from}–${to} von vielen`,
  pageSize: 'Zeilen pro Seite',
  previousPage: 'Vorherige Seite',
  nextPage: 'Nächste Seite',
  firstPage: 'Erste Seite',
  lastPage: 'Letzte Seite',
  page: (page) => `Seite ${page}`,
  loadingMore: 'Weitere Ereignisse werden geladen…',
  loadMore: 'Mehr laden',
  loadMoreFailed: 'Die nächsten Ereignisse konnten nicht geladen werden.',
  refreshFailed: 'Die Ereignisse konnten nicht aktualisiert werden.',
  refreshFailedShown: (time) =>
    `Die angezeigten Ereignisse haben den Stand vom ${time} und sind möglicherweise nicht mehr aktuell.`,
  columnsFailed: 'Die Spalten konnten nicht geladen werden.',
  columnsFailedShown:
    'Es werden die Standardspalten angezeigt: Die eigenen Spalten dieses Protokolls fehlen in der Tabelle, den Filtern und dem Export.',
  allLoaded: (total, count) =>
    plural(count, { one: `${total} Ereignis geladen`, other: `Alle ${total} Ereignisse geladen` }),
  loadedOf: (loaded, total, count) =>
    plural(count, {
      one: `${loaded} von ${total} Ereignis geladen`,
      other: `${loaded} von ${total} Ereignissen geladen`,
    }),
  loadedSoFar: (loaded, count) =>
    plural(count, { one: `${loaded} Ereignis geladen`, other: `${loaded} Ereignisse geladen` }),
  loadedServerEnded: 'der Server hat keine weiteren gesendet',
  loadedLimit: 'mehr fasst eine Liste nicht: Filter eingrenzen oder alle exportieren',
  resultCount: (total, count) => plural(count, { one: `${total} Ereignis`, other: `${total} Ereignisse` }),
  resultCountAtLeast: (total, count) =>
    plural(count, { one: `Mindestens ${total} Ereignis`, other: `Mindestens ${total} Ereignisse` }),
  sortedAscending: (column) => `Sortiert nach ${column}, aufsteigend.`,
  sortedDescending: (column) => `Sortiert nach ${column}, absteigend.`,
  timeZone: 'Zeitzone',
  timeZoneLocal: (zone) => `Lokal (${zone})`,
  timeZoneUtc: 'UTC',
  newEventsUncounted: 'Neue Ereignisse',
  newEventsCheckFailed: 'Neue Ereignisse konnten nicht abgefragt werden.',
  newEvents: (count, value) =>
    plural(value, { one: `${count} neues Ereignis`, other: `${count} neue Ereignisse` }),
  showNewEvents: 'Anzeigen',
  statsLabel: 'Audit-Übersicht',
  eventsToday: 'Ereignisse heute',
  severeThisWeek: 'Schwerwiegende diese Woche',
  statUnavailable: 'Nicht verfügbar',
  statsStale: 'Möglicherweise veraltet',
};
