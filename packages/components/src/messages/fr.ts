// French (français): "vous", buttons as infinitives ("Exporter", "Réessayer"), guillemets, and French spacing:
// a no-break space before ":" and inside « », a narrow no-break space before ";" and "?", so they never wrap onto a
// line of their own. The search language's field names (actor:, severity:…) are syntax and stay as they are.
import { auditQueryLimits } from '@auditkit/headless';
import type { AuditSearchProblem, AuditSearchTerm } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';
import { pluralOf } from './plural.ts';
import { isPastSearchTextRead, searchTextRead } from './searchTextRead.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** The locale to pass as `<AuditLog locale>` with these messages, so dates and numbers match the words. */
export const locale = 'fr';

/** A limit written as the locale writes numbers ("8.192" in German), as the log's other counts are. */
const count = (value: number) => formatNumber(value, locale);

const plural = pluralOf(locale);
/** No-break space (before ":", inside guillemets). */
const nb = '\u00a0';
/** Narrow no-break space (before ";", "?"). */
const nnb = '\u202f';
const quote = (text: string) => `«${nb}${text}${nb}»`;

const timeForms =
  'Utilisez une date (2026-11-01), une date et une heure (2026-11-01T10:00), une période (2026-11-01..2026-11-07), today ou yesterday (comme date fixe), ou l’une des valeurs 1h, 24h, 7d, 30d, 90d, 365d.';

/** A value that is not applied, said by its reason (`problem.reason`); a problem without one, by its field. */
function invalidValue(problem: AuditSearchProblem, term: AuditSearchTerm, field: string): string {
  // Free text is refused for its length only: past the most text read (8 KiB), or over what a link can carry.
  if (term.kind === 'text')
    return (problem.reason ? problem.reason === 'search-past-read' : isPastSearchTextRead(term))
      ? `Le texte de recherche est trop long (${count(searchTextRead)} caractères au plus en tout)${nnb}; à partir d’ici, il n’est pas appliqué.`
      : `Le texte de recherche est trop long (${count(auditQueryLimits.search)} caractères au plus)${nnb}; cette partie n’est pas appliquée.`;
  switch (problem.reason) {
    case 'not-a-time':
      return `Ce n’est pas une date valide. ${timeForms}`;
    case 'not-a-time-range':
      return `Ce n’est pas une période valide. ${timeForms}`;
    case 'ends-before-start':
      return 'La période se termine avant de commencer.';
    case 'outside-years':
      return 'Cette date sort des années 0001 à 9999 (en UTC), les seules qu’une période peut contenir.';
    case 'one-value':
      return `${quote(field)} n’accepte qu’une date ou une période.`;
    case 'too-many-values':
      return `${quote(field)} accepte au plus ${count(problem.limit ?? auditQueryLimits.values)} valeurs.`;
    case 'value-too-long':
      return `Une valeur compte au plus ${count(problem.limit ?? auditQueryLimits.value)} caractères.`;
    case 'too-many-fields':
      return `Au plus ${count(problem.limit ?? auditQueryLimits.columns)} champs peuvent être filtrés à la fois.`;
    default:
      return problem.suggestion
        ? `Valeur non valide pour ${quote(field)}. Vouliez-vous dire ${quote(problem.suggestion)}${nnb}?`
        : `Valeur non valide pour ${quote(field)}.`;
  }
}

/** `NOT`, `OR`, `AND` or a grouping parenthesis, which the search language does not have (`problem.reason`). */
function booleanOperator(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const quoted = problem.suggestion ?? `"${term.raw}"`;
  const asWord = `Pour rechercher le mot, mettez-le entre guillemets${nb}: ${quoted}.`;
  switch (problem.reason) {
    case 'not-operator':
      return `L’API d’audit ne peut pas exclure de termes${nnb}; ${quote(term.raw)} n’est pas appliqué. ${asWord}`;
    case 'or-operator':
      return `Tous les termes doivent correspondre et l’API d’audit ne peut pas chercher l’un ou l’autre${nnb}; ${quote(term.raw)} n’est pas appliqué. Pour l’une de deux valeurs, donnez les deux au même champ${nb}: actor:a,b. ${asWord}`;
    case 'and-operator':
      return `Tous les termes doivent déjà correspondre${nnb}; ${quote(term.raw)} n’est pas appliqué. ${asWord}`;
    default:
      return `Les parenthèses ne regroupent pas les termes (tous doivent correspondre)${nnb}; ${quote(term.raw)} n’est pas appliqué. Retirez les parenthèses, ou mettez le texte entre guillemets pour le rechercher tel quel.`;
  }
}

/**
 * Curly quotes or a full-width colon, as pasted or typed by an input method, or a comparison without its colon
 * (`created>=2026-11-01`), as other query languages write it (`AuditSearchProblem.reason`).
 */
function lookAlike(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const fixed = problem.suggestion ?? term.raw;
  if (problem.reason === 'comparison')
    return `Une comparaison s’écrit après le deux-points du champ${nnb}; ${quote(term.raw)} n’est pas appliqué. Écrivez${nb}: ${fixed}. Pour rechercher le texte tel quel, mettez-le entre guillemets droits.`;
  return problem.reason === 'colon'
    ? `Un champ s’écrit avec un deux-points simple ${quote(':')}, pas avec le deux-points pleine chasse ${quote('：')}${nnb}; ${quote(term.raw)} n’est pas appliqué. Écrivez${nb}: ${fixed}. Pour rechercher le signe ${quote('：')} lui-même, mettez-le entre guillemets droits.`
    : `Les guillemets typographiques (“ ” „ «${nb}» ＂ 「 」 『 』) ne délimitent pas une recherche${nnb}; ${quote(term.raw)} n’est pas appliqué. Utilisez des guillemets droits${nb}: ${fixed}. Pour rechercher ces signes eux-mêmes, mettez-les entre guillemets droits.`;
}

function searchProblem(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const field = `${term.field?.name ?? term.fieldText ?? ''}:`;
  switch (problem.code) {
    case 'unknown-field':
      // `users:` on the legacy list, which filters users by email instead: `suggestion` is the email field.
      if (problem.reason === 'legacy-user-id')
        return `Ce journal ne peut pas filtrer par ID d’utilisateur${nnb}; ${quote(`${term.fieldText}:`)} n’est pas appliqué.${problem.suggestion ? ` Filtrez plutôt par e-mail avec ${quote(`${problem.suggestion}:`)}.` : ''}`;
      return problem.suggestion
        ? `Champ ${quote(term.fieldText ?? '')} inconnu. Vouliez-vous dire ${quote(`${problem.suggestion}:`)}${nnb}?`
        : `Champ ${quote(term.fieldText ?? '')} inconnu.${problem.fields ? ` Champs connus${nb}: ${problem.fields.join(', ')}.` : ''}`;
    case 'empty-value':
      return `Saisissez une valeur après ${quote(field)}.`;
    case 'invalid-value':
      return invalidValue(problem, term, field);
    case 'operator-unsupported':
      return `${quote(term.operator ?? '')} ne compare que des dates${nnb}; ${quote(field)} cherche des valeurs.`;
    case 'negation-unsupported':
      return term.kind === 'text'
        ? `L’API d’audit ne peut pas exclure de texte. Pour le rechercher, mettez-le entre guillemets${nb}: "${term.raw}".`
        : problem.suggestion
          ? // `actor:-bob`: a value written with a bare `-`, offered quoted to search for it as written.
            `L’API d’audit ne peut pas exclure de valeurs${nnb}; ${quote(term.raw)} n’est pas appliqué. Pour rechercher la valeur telle quelle, mettez-la entre guillemets${nb}: ${problem.suggestion}.`
          : `L’API d’audit ne peut pas exclure de valeurs${nnb}; ${quote(`-${field}`)} n’est pas appliqué.`;
    case 'boolean-unsupported':
      return booleanOperator(problem, term);
    case 'look-alike':
      return lookAlike(problem, term);
    case 'conflict':
      return `Une seule période s’applique${nnb}; ce terme ne restreint pas la première.`;
  }
}

/**
 * Every message in French. Give the whole pack, `import * as fr from '@auditkit/components/messages/fr'` then
 * `<AuditLog translation={fr} />`, so the log's `lang` and its number and date formats follow it too.
 */
export const messages: AuditMessages = {
  regionLabel: 'Journal d’audit',
  withinLog: (log, part) => `${log}${nb}: ${part}`,
  tableCaption: 'Événements d’audit',
  loading: 'Chargement des événements…',
  emptyNoEvents: 'Aucun événement n’a encore été enregistré.',
  emptyNoMatch: 'Aucun événement ne correspond à ces filtres.',
  clearFilters: 'Effacer les filtres',
  emptyPage:
    'Cette page ne contient aucun événement. Certains ont peut-être été supprimés depuis leur décompte.',
  emptyPageGoFirst: 'Aller à la première page',
  errorTitle: 'Impossible de charger le journal d’audit.',
  partError: 'Impossible d’afficher cette partie du journal d’audit.',
  retry: 'Réessayer',
  errorCancelled: 'La requête a été annulée.',
  errorNoToken: 'Vous n’êtes pas connecté, ou votre session a expiré. Reconnectez-vous.',
  errorUnreachable: 'Impossible de joindre l’API d’audit.',
  errorBrokeOff: 'La réponse de l’API d’audit a été interrompue.',
  errorUnexpectedAnswer: 'L’API d’audit a envoyé une réponse inattendue.',
  errorStatus: (status) => `L’API d’audit a répondu avec le statut ${status}.`,
  errorNoBody: 'L’API d’audit a envoyé une réponse d’export vide.',
  retryAfter: (seconds, count) =>
    plural(count, {
      one: `Trop de requêtes${nb}: réessayez dans ${seconds} seconde.`,
      many: `Trop de requêtes${nb}: réessayez dans ${seconds} de secondes.`,
      other: `Trop de requêtes${nb}: réessayez dans ${seconds} secondes.`,
    }),
  traceId: (id) => `ID de trace${nb}: ${id}`,
  noPermission: 'Vous n’avez pas l’autorisation de consulter le journal d’audit.',
  system: 'Système',
  impersonatedBy: (actor) => `Emprunt d’identité par ${actor}`,
  unknownValue: '—',
  unshowableValue: '[valeur trop imbriquée pour être affichée]',
  resizeColumn: (column) => `Redimensionner la colonne ${column}`,
  narrowColumn: (column) => `Rétrécir la colonne ${column}`,
  widenColumn: (column) => `Élargir la colonne ${column}`,
  detailsTitle: 'Détails de l’événement',
  fieldLabels: {
    frontegg_id: 'ID de l’événement',
    tenantId: 'ID du locataire',
    vendorId: 'ID du fournisseur',
    user: 'Nom',
    userId: 'ID de l’utilisateur',
    actorMail: 'Emprunt d’identité par',
    resource: 'Ressource',
  },
  detailsFor: (action, time) => `Détails de ${action} du ${time}`,
  ipLocation: (ip) => `Localisation de ${ip}`,
  ipLocationLoading: 'Recherche…',
  ipLocationUnknown: 'Localisation inconnue',
  ipLocationError: 'Échec de la localisation',
  showJson: 'Afficher les données',
  hideJson: 'Masquer les données',
  copy: 'Copier',
  copyNamed: (name) => `Copier ${name}`,
  copyByHand: (name) => `${name}, à copier à la main`,
  copied: 'Copié',
  copyFailed: 'Échec de la copie',
  copyEventLink: 'Copier le lien vers cet événement',
  eventLinkLabel: 'Lien vers cet événement',
  copyEventJson: 'Copier cet événement en JSON',
  eventJsonLabel: 'Cet événement en JSON',
  linkedEventMissing:
    'L’événement lié ne figure pas dans cette liste. Il a peut-être été supprimé, ou vous n’y avez pas accès.',
  before: 'Avant',
  after: 'Après',
  expandNode: (key) => `Déplier ou replier ${key}`,
  showMoreEntries: (more, left, count) =>
    plural(count, {
      one: `Afficher ${more} de plus (${left} restant)`,
      other: `Afficher ${more} de plus (${left} restants)`,
    }),
  jsonChanged: 'modifié',
  jsonData: 'Données JSON',
  filtersLabel: 'Filtres',
  filtersToggle: 'Filtres',
  moreFilters: 'Autres filtres',
  searchLabel: 'Rechercher des événements',
  searchPlaceholder: `Chercher, filtrer${nb}: actor:… severity:high created:7d`,
  searchHint:
    'Texte libre, ou termes champ:valeur comme actor:, action:, severity:, ip:, created:. Les flèches ouvrent les suggestions.',
  searchSuggestions: 'Suggestions',
  searchFixedDate: 'comme date fixe',
  searchNotApplied: 'Non appliqué',
  searchProblem,
  searchUseField: (field) => `Utiliser ${field}`,
  searchCheck: 'Appliqué tel quel',
  searchValueHint: (value, suggestion) =>
    `${quote(value)} ne correspond à aucune des gravités habituelles${nnb}; les événements qui portent cette valeur sont affichés. Vouliez-vous dire ${quote(suggestion)}${nnb}?`,
  searchUseValue: (value) => `Utiliser ${value}`,
  searchUnavailable:
    'La recherche n’a pas pu être chargée. Rechargez la page, ou appuyez sur Entrée pour réessayer.',
  views: 'Vues',
  viewsPredefined: 'Vues suggérées',
  viewsMine: 'Mes vues',
  viewsSaveCurrent: 'Enregistrer la vue actuelle…',
  viewsManage: 'Gérer les vues…',
  viewsDialogTitle: 'Vues enregistrées',
  viewName: 'Enregistrer la vue actuelle sous',
  viewsSave: 'Enregistrer',
  viewsEmpty: 'Aucune vue pour l’instant.',
  viewDefault: 'Par défaut',
  viewLink: 'Lien',
  viewRenameShort: 'Renommer',
  viewDeleteShort: 'Supprimer',
  viewSaved: (name) => `Vue ${quote(name)} enregistrée`,
  viewApplied: (name) => `Vue ${quote(name)} appliquée`,
  viewDeleted: (name) => `Vue ${quote(name)} supprimée`,
  viewApply: (name) => `Appliquer ${name}`,
  viewSetDefault: (name) => `Ouvrir avec ${name} par défaut`,
  viewCopyLink: (name) => `Copier un lien vers ${name}`,
  viewLinkLabel: (name) => `Lien vers ${name}`,
  viewRename: (name) => `Renommer ${name}`,
  viewRenameLabel: (name) => `Nouveau nom pour ${name}`,
  viewDelete: (name) => `Supprimer ${name}`,
  viewUndo: 'Annuler',
  viewUndoDelete: (name) => `Annuler la suppression de ${name}`,
  viewRestored: (name) => `Vue ${quote(name)} restaurée`,
  viewErrorNameMissing: 'Saisissez un nom pour la vue.',
  viewErrorNameTooLong: (max) => `Le nom d’une vue compte au plus ${max} caractères.`,
  viewErrorNameTaken: (name) => `Une vue s’appelle déjà ${quote(name)}. Choisissez un autre nom.`,
  viewErrorTooMany: (max) =>
    `Vous pouvez conserver au plus ${max} vues. Supprimez-en une pour en enregistrer une autre.`,
  viewErrorLoading: 'Vos vues sont encore en cours de chargement. Réessayez dans un instant.',
  viewErrorNotLoaded:
    'Vos vues n’ont pas pu être chargées et ne peuvent donc pas être modifiées pour l’instant. Rechargez la page pour réessayer.',
  viewErrorUnknown: 'Cette vue n’existe plus.',
  viewErrorPredefined: 'Les vues suggérées ne peuvent être ni renommées ni supprimées.',
  viewErrorStorageFull: 'Le stockage du navigateur est plein, la modification n’a donc pas été enregistrée.',
  viewErrorQueryTooBig: (reason) => `Cette vue ne peut pas être enregistrée. ${reason}`,
  viewErrorColumnsTooBig: (max) =>
    `Cette vue ne peut pas être enregistrée${nb}: son choix de colonnes en nommerait plus de ${max}. Réinitialisez les colonnes et modifiez-en moins.`,
  queryOverSearch: (max) => `Le texte de recherche dépasse ${max} caractères.`,
  queryOverStored: (max) => `Ensemble, sa recherche et ses filtres dépassent ${max} caractères.`,
  queryOverColumns: (max) => `Plus de ${max} colonnes sont filtrées.`,
  queryOverColumnName: (column) =>
    `Le filtre sur ${quote(column)} ne peut pas être conservé${nb}: un lien ne peut pas contenir le nom de cette colonne.`,
  queryOverValues: (column, max) => `Le filtre sur ${quote(column)} compte plus de ${max} valeurs.`,
  queryOverValueLength: (column, max) =>
    `Une valeur du filtre sur ${quote(column)} dépasse ${max} caractères.`,
  filterNotChanged: (reason) => `Le filtre n’a pas été modifié. ${reason}`,
  timeRange: 'Période',
  timeAll: 'Toute la période',
  timeLastHour: 'Dernière heure',
  timeLast24Hours: '24 dernières heures',
  timeLast7Days: '7 derniers jours',
  timeLast30Days: '30 derniers jours',
  timeLast90Days: '90 derniers jours',
  timeLast365Days: '365 derniers jours',
  timeCustom: 'Période personnalisée',
  timeFrom: 'Début',
  timeTo: 'Fin',
  timeRangeInvalid: 'Le début doit précéder la fin.',
  apply: 'Appliquer',
  users: 'Utilisateur',
  emails: 'E-mail',
  actions: 'Action',
  severity: 'Gravité',
  severityLabels: { Info: 'Info', Medium: 'Moyenne', High: 'Élevée', Error: 'Erreur', Critical: 'Critique' },
  ipAddress: 'Adresse IP',
  addValue: (field) => `Ajouter un filtre ${field}`,
  valuePlaceholder: 'Saisissez puis appuyez sur Entrée',
  activeFilters: 'Filtres actifs',
  removeFilter: (label, value) => `Retirer le filtre ${label}${nb}: ${value}`,
  filterToValue: (label, value) => `Afficher uniquement les événements où ${label} vaut ${value}`,
  eventsAroundTime: 'Afficher les événements de 5 minutes avant à 5 minutes après celui-ci',
  labelled: (label, value) => `${label}${nb}: ${value}`,
  listHeading: (heading) => `${heading}${nb}:`,
  noted: (text, note) => `${text} (${note})`,
  notApplied: 'non appliqué',
  unappliedTitle: 'Non appliqué aux lignes affichées',
  exportUnappliedTitle: 'Non appliqué au fichier',
  unappliedReasons: {
    conflict: 'l’API d’audit ne peut pas le combiner avec les autres filtres',
    'not-filterable': 'cette colonne ne peut pas être filtrée',
    'unknown-column': 'cette colonne n’existe pas',
    'reserved-name': 'l’API d’audit ne peut pas filtrer sur ce nom',
    'time-column': 'utilisez plutôt la période',
    'invalid-sort': 'l’API d’audit ne peut pas trier sur ce champ',
    'invalid-time': 'ce n’est pas une date avec une heure',
    'legacy-cannot-filter': 'ce journal filtre plutôt les utilisateurs par e-mail',
    'ignored-by-api': 'l’API d’audit a renvoyé des événements hors de cette période',
  },
  unappliedSort: (column) => `Tri par ${column}`,
  clearAll: 'Tout effacer',
  close: 'Fermer',
  columns: 'Colonnes',
  columnsTitle: 'Afficher et ordonner les colonnes',
  moveUp: (column) => `Monter ${column}`,
  moveDown: (column) => `Descendre ${column}`,
  movedTo: (column, position, total) => `${column} est maintenant en position ${position} sur ${total}`,
  resetColumns: 'Réinitialiser les colonnes',
  columnsReset: 'Colonnes réinitialisées',
  columnsNotChanged: (max) =>
    `Les colonnes n’ont pas été modifiées${nb}: un lien peut contenir au plus ${max} noms de colonnes. Réinitialisez les colonnes pour recommencer.`,
  dragHandle: (column) => `Faire glisser pour déplacer ${column}`,
  filterColumns: 'Rechercher une colonne',
  columnMatches: (total, count) =>
    plural(count, { one: `${total} colonne correspondante`, other: `${total} colonnes correspondantes` }),
  noColumnMatches: 'Aucune colonne ne correspond',
  // The keys as French keyboards and Windows name them.
  columnMoveKeys: 'Origine place une colonne en tête de liste, Fin en dernier.',
  exportCsv: 'Exporter',
  exportVisibleColumns: 'Colonnes visibles, dans l’ordre',
  exportAllColumns: 'Toutes les colonnes',
  exportStart: 'Télécharger',
  exportCancel: 'Annuler l’export',
  exportProgress: (rows, total, count) =>
    plural(count, {
      one: `${rows} sur ${total} événement exporté`,
      many: `${rows} sur ${total} d’événements exportés`,
      other: `${rows} sur ${total} événements exportés`,
    }),
  exportPercent: (percent) => `Export terminé à ${percent}`,
  exportDone: (rows, count) =>
    plural(count, {
      one: `Export terminé${nb}: ${rows} événement`,
      many: `Export terminé${nb}: ${rows} d’événements`,
      other: `Export terminé${nb}: ${rows} événements`,
    }),
  exportDoneLeftOut: (done, left) => `${done}. Non appliqué au fichier${nb}: ${left}.`,
  exportCancelled: `Export annulé${nnb}; aucun fichier n’a été enregistré.`,
  exportCancelledToHost: 'Export annulé avant l’écriture de tous les événements.',
  exportNoFile: 'Aucun fichier n’a été enregistré.',
  exportFailed: (reason) => `Échec de l’export${nb}: ${reason}`,
  exportBrokeOff: (rows, total, count) =>
    plural(count, {
      one: `L’export s’est interrompu après ${rows} sur ${total} événement.`,
      many: `L’export s’est interrompu après ${rows} sur ${total} d’événements.`,
      other: `L’export s’est interrompu après ${rows} sur ${total} événements.`,
    }),
  exportBrokeOffAfter: (rows, count) =>
    plural(count, {
      one: `L’export s’est interrompu après ${rows} événement.`,
      many: `L’export s’est interrompu après ${rows} d’événements.`,
      other: `L’export s’est interrompu après ${rows} événements.`,
    }),
  exportStartBrokeOff: 'L’export s’est interrompu avant le premier événement.',
  exportPageBrokeOff: (event) => `L’export s’est interrompu à l’événement ${event}.`,
  exportEndedEarly: (rows, total, count) =>
    plural(count, {
      one: `L’export s’est terminé après ${rows} sur ${total} événement.`,
      many: `L’export s’est terminé après ${rows} sur ${total} d’événements.`,
      other: `L’export s’est terminé après ${rows} sur ${total} événements.`,
    }),
  exportChanged: `Les événements correspondants ont changé pendant l’export${nnb}; certains peuvent manquer ou être en double.`,
  exportTooManyRows: `Le serveur a envoyé plus d’événements que ceux qui correspondent aux filtres${nnb}; l’export a donc été arrêté plutôt que d’enregistrer des événements qui ne correspondent pas. Réessayez ou réduisez la période.`,
  exportNoPermission: 'Vous n’avez pas l’autorisation d’exporter les événements d’audit.',
  exportFormat: 'Format',
  exportFormatCsv: 'CSV pour tableur',
  exportFormatCsvHint: `S’ouvre proprement dans Excel, Numbers, Sheets et LibreOffice${nnb}; les formules sont neutralisées.`,
  exportFormatCsvSemicolon: 'CSV pour tableur, séparé par des points-virgules',
  exportFormatCsvSemicolonHint: 'Pour Excel dans les régions où la virgule sépare les décimales (1,5).',
  exportFormatCsvPlain: 'CSV brut, tel que le serveur l’envoie',
  exportFormatCsvPlainHint: `Pour les scripts${nb}: cellules inchangées, heures en UTC, sans indicateur d’ordre des octets.`,
  exportFormatJsonl: 'JSON Lines',
  exportFormatJsonlHint:
    'Un événement par ligne avec tous ses champs, pour les outils de conformité et de journalisation.',
  exportTimes: 'Heures',
  exportTimesInZone: (zone) => `Fuseau ${zone}, comme à l’écran`,
  exportTimesUtc: 'En UTC',
  exportOffsetHeader: (column) => `Décalage UTC (${column})`,
  exportByDownload: (size) =>
    `Enregistré comme un téléchargement ordinaire${size ? ` (environ ${size})` : ''}.`,
  exportInMemoryWarning: `Ce navigateur ne peut pas enregistrer directement dans un fichier${nb}: le fichier entier est d’abord construit en mémoire. Il est plus sûr de choisir une période plus courte ou moins de colonnes.`,
  exportInMemoryWarningJsonl: `Ce navigateur ne peut pas enregistrer directement dans un fichier${nb}: le fichier entier est d’abord construit en mémoire. Il est plus sûr de choisir une période plus courte.`,
  exportByPicker: (size) =>
    `Vous choisissez où enregistrer le fichier${size ? ` (environ ${size})` : ''}${nnb}; il est écrit au fur et à mesure.`,
  exportToHost: 'Écrit vers la destination prévue par cette application.',
  exportStartedFilters: `Les filtres ont changé après le lancement de cet export${nb}: le fichier les suit tels qu’ils étaient alors.`,
  paginationLabel: 'Pagination',
  range: (from, to, total) => `${from}–${to} sur ${total}`,
  rangeOfMany: (from, to) => `${from}–${to} sur un total inconnu`,
  pageSize: 'Lignes par page',
  previousPage: 'Page précédente',
  nextPage: 'Page suivante',
  firstPage: 'Première page',
  lastPage: 'Dernière page',
  page: (page) => `Page ${page}`,
  loadingMore: 'Chargement d’autres événements…',
  loadMore: 'Charger plus',
  loadMoreFailed: 'Impossible de charger les événements suivants.',
  refreshFailed: 'Impossible d’actualiser les événements.',
  refreshFailedShown: (time) => `Les événements affichés datent du ${time} et ne sont peut-être plus à jour.`,
  columnsFailed: 'Impossible de charger les colonnes.',
  columnsFailedShown: `Les colonnes standard sont affichées${nb}: les colonnes propres à ce journal manquent dans le tableau, les filtres et l’export.`,
  allLoaded: (total, count) =>
    plural(count, {
      one: `${total} événement chargé`,
      many: `Les ${total} d’événements sont chargés`,
      other: `Les ${total} événements sont chargés`,
    }),
  loadedOf: (loaded, total, count) =>
    plural(count, {
      one: `${loaded} sur ${total} événement chargé`,
      many: `${loaded} sur ${total} d’événements chargés`,
      other: `${loaded} sur ${total} événements chargés`,
    }),
  loadedSoFar: (loaded, count) =>
    plural(count, {
      one: `${loaded} événement chargé`,
      many: `${loaded} d’événements chargés`,
      other: `${loaded} événements chargés`,
    }),
  loadedServerEnded: 'le serveur n’en a pas envoyé davantage',
  loadedLimit: `c’est le maximum d’une liste${nb}: affinez les filtres ou exportez tous les événements`,
  resultCount: (total, count) =>
    plural(count, { one: `${total} événement`, many: `${total} d’événements`, other: `${total} événements` }),
  resultCountAtLeast: (total, count) =>
    plural(count, {
      one: `Au moins ${total} événement`,
      many: `Au moins ${total} d’événements`,
      other: `Au moins ${total} événements`,
    }),
  sortedAscending: (column) => `Trié par ${column}, par ordre croissant.`,
  sortedDescending: (column) => `Trié par ${column}, par ordre décroissant.`,
  timeZone: 'Fuseau horaire',
  timeZoneLocal: (zone) => `Heure locale (${zone})`,
  timeZoneUtc: 'UTC',
  newEventsUncounted: 'Nouveaux événements',
  newEventsCheckFailed: 'Impossible de vérifier s’il y a de nouveaux événements.',
  newEvents: (count, value) =>
    plural(value, {
      one: `${count} nouvel événement`,
      many: `${count} de nouveaux événements`,
      other: `${count} nouveaux événements`,
    }),
  showNewEvents: 'Afficher',
  statsLabel: 'Résumé de l’audit',
  eventsToday: 'Événements aujourd’hui',
  severeThisWeek: 'Graves cette semaine',
  statUnavailable: 'Non disponible',
  statsStale: 'Peut ne pas être à jour',
};
