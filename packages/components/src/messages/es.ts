// Spanish (español): neutral Spanish for Spain and Latin America, "tú" as modern software does, buttons as
// infinitives ("Exportar", "Reintentar"), comillas latinas. The search language's field names (actor:,
// severity:…) are syntax and stay as they are.
import { auditQueryLimits } from '@auditkit/headless';
import type { AuditSearchProblem, AuditSearchTerm } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';
import { pluralOf } from './plural.ts';
import { isPastSearchTextRead, searchTextRead } from './searchTextRead.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** The locale to pass as `<AuditLog locale>` with these messages, so dates and numbers match the words. */
export const locale = 'es';

/** A limit written as the locale writes numbers ("8.192" in German), as the log's other counts are. */
const count = (value: number) => formatNumber(value, locale);

const plural = pluralOf(locale);

const timeForms =
  'Usa una fecha (2026-11-01), una fecha y hora (2026-11-01T10:00), un periodo (2026-11-01..2026-11-07), today o yesterday (como fecha fija), o uno de estos valores: 1h, 24h, 7d, 30d, 90d, 365d.';

/** A value that is not applied, said by its reason (`problem.reason`); a problem without one, by its field. */
function invalidValue(problem: AuditSearchProblem, term: AuditSearchTerm, field: string): string {
  // Free text is refused for its length only: past the most text read (8 KiB), or over what a link can carry.
  if (term.kind === 'text')
    return (problem.reason ? problem.reason === 'search-past-read' : isPastSearchTextRead(term))
      ? `El texto de búsqueda es demasiado largo (${count(searchTextRead)} caracteres en total como máximo); a partir de aquí no se aplica.`
      : `El texto de búsqueda es demasiado largo (${count(auditQueryLimits.search)} caracteres como máximo); esta parte no se aplica.`;
  switch (problem.reason) {
    case 'not-a-time':
      return `No es una fecha válida. ${timeForms}`;
    case 'not-a-time-range':
      return `No es un periodo válido. ${timeForms}`;
    case 'ends-before-start':
      return 'El periodo termina antes de empezar.';
    case 'outside-years':
      return 'La fecha queda fuera de los años 0001 a 9999 (en UTC), los únicos que admite un periodo.';
    case 'one-value':
      return `«${field}» admite una sola fecha o un solo periodo.`;
    case 'too-many-values':
      return `«${field}» admite como máximo ${count(problem.limit ?? auditQueryLimits.values)} valores.`;
    case 'value-too-long':
      return `Un valor admite como máximo ${count(problem.limit ?? auditQueryLimits.value)} caracteres.`;
    case 'too-many-fields':
      return `Se pueden filtrar como máximo ${count(problem.limit ?? auditQueryLimits.columns)} campos a la vez.`;
    default:
      return problem.suggestion
        ? `Valor no válido para «${field}». ¿Querías decir «${problem.suggestion}»?`
        : `Valor no válido para «${field}».`;
  }
}

/** `NOT`, `OR`, `AND` or a grouping parenthesis, which the search language does not have (`problem.reason`). */
function booleanOperator(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const quoted = problem.suggestion ?? `"${term.raw}"`;
  const asWord = `Para buscar la palabra, ponla entre comillas: ${quoted}.`;
  switch (problem.reason) {
    case 'not-operator':
      return `La API de auditoría no puede excluir términos; «${term.raw}» no se aplica. ${asWord}`;
    case 'or-operator':
      return `Deben cumplirse todos los términos: la API de auditoría no puede buscar uno u otro, así que «${term.raw}» no se aplica. Para uno de dos valores, da ambos a un mismo campo: actor:a,b. ${asWord}`;
    case 'and-operator':
      return `Todos los términos deben cumplirse de por sí; «${term.raw}» no se aplica. ${asWord}`;
    default:
      return `Los paréntesis no agrupan términos (deben cumplirse todos); «${term.raw}» no se aplica. Quita los paréntesis, o pon el texto entre comillas para buscarlo tal cual.`;
  }
}

/**
 * Curly quotes or a full-width colon, as pasted or typed by an input method, or a comparison without its colon
 * (`created>=2026-11-01`), as other query languages write it (`AuditSearchProblem.reason`).
 */
function lookAlike(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const fixed = problem.suggestion ?? term.raw;
  if (problem.reason === 'comparison')
    return `Una comparación va después de los dos puntos del campo; «${term.raw}» no se aplica. Escribe: ${fixed}. Para buscar el texto tal cual, ponlo entre comillas rectas.`;
  return problem.reason === 'colon'
    ? `Un campo se escribe con dos puntos simples «:», no con los de ancho completo «：»; «${term.raw}» no se aplica. Escribe: ${fixed}. Para buscar el signo «：», ponlo entre comillas rectas.`
    : `Las comillas tipográficas (“ ” „ « » ＂ 「 」 『 』) no delimitan una búsqueda; «${term.raw}» no se aplica. Usa comillas rectas: ${fixed}. Para buscar esos signos, ponlos entre comillas rectas.`;
}

function searchProblem(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const field = `${term.field?.name ?? term.fieldText ?? ''}:`;
  switch (problem.code) {
    case 'unknown-field':
      // `users:` on the legacy list, which filters users by email instead: `suggestion` is the email field.
      if (problem.reason === 'legacy-user-id')
        return `Este registro no puede filtrar por ID de usuario, así que «${term.fieldText}:» no se aplica.${problem.suggestion ? ` En su lugar, filtra por correo electrónico con «${problem.suggestion}:».` : ''}`;
      return problem.suggestion
        ? `Campo «${term.fieldText}» desconocido. ¿Querías decir «${problem.suggestion}:»?`
        : `Campo «${term.fieldText}» desconocido.${problem.fields ? ` Campos conocidos: ${problem.fields.join(', ')}.` : ''}`;
    case 'empty-value':
      return `Escribe un valor después de «${field}».`;
    case 'invalid-value':
      return invalidValue(problem, term, field);
    case 'operator-unsupported':
      return `«${term.operator ?? ''}» solo compara fechas; «${field}» busca valores.`;
    case 'negation-unsupported':
      return term.kind === 'text'
        ? `La API de auditoría no puede excluir texto. Para buscarlo, ponlo entre comillas: "${term.raw}".`
        : problem.suggestion
          ? // `actor:-bob`: a value written with a bare `-`, offered quoted to search for it as written.
            `La API de auditoría no puede excluir valores; «${term.raw}» no se aplica. Para buscar el valor tal cual, ponlo entre comillas: ${problem.suggestion}.`
          : `La API de auditoría no puede excluir valores; «-${field}» no se aplica.`;
    case 'boolean-unsupported':
      return booleanOperator(problem, term);
    case 'look-alike':
      return lookAlike(problem, term);
    case 'conflict':
      return 'Solo se aplica un periodo; este término no acota el primero.';
  }
}

/**
 * Every message in Spanish. Give the whole pack, `import * as es from '@auditkit/components/messages/es'` then
 * `<AuditLog translation={es} />`, so the log's `lang` and its number and date formats follow it too.
 */
export const messages: AuditMessages = {
  regionLabel: 'Registro de auditoría',
  withinLog: (log, part) => `${log}: ${part}`,
  tableCaption: 'Eventos de auditoría',
  loading: 'Cargando eventos…',
  emptyNoEvents: 'Todavía no se ha registrado ningún evento.',
  emptyNoMatch: 'Ningún evento coincide con estos filtros.',
  clearFilters: 'Borrar filtros',
  emptyPage: 'Esta página no tiene eventos. Puede que se hayan eliminado algunos después de contarlos.',
  emptyPageGoFirst: 'Ir a la primera página',
  errorTitle: 'No se ha podido cargar el registro de auditoría.',
  partError: 'No se puede mostrar esta parte del registro de auditoría.',
  retry: 'Reintentar',
  errorCancelled: 'Se ha cancelado la solicitud.',
  errorNoToken: 'No has iniciado sesión o tu sesión ha caducado. Vuelve a iniciar sesión.',
  errorUnreachable: 'No se ha podido conectar con la API de auditoría.',
  errorBrokeOff: 'La respuesta de la API de auditoría se ha interrumpido.',
  errorUnexpectedAnswer: 'La API de auditoría ha enviado una respuesta inesperada.',
  errorStatus: (status) => `La API de auditoría ha respondido con el estado ${status}.`,
  errorNoBody: 'La API de auditoría ha enviado una respuesta de exportación vacía.',
  retryAfter: (seconds, count) =>
    plural(count, {
      one: `Demasiadas solicitudes: vuelve a intentarlo dentro de ${seconds} segundo.`,
      many: `Demasiadas solicitudes: vuelve a intentarlo dentro de ${seconds} de segundos.`,
      other: `Demasiadas solicitudes: vuelve a intentarlo dentro de ${seconds} segundos.`,
    }),
  traceId: (id) => `ID de seguimiento: ${id}`,
  noPermission: 'No tienes permiso para ver el registro de auditoría.',
  system: 'Sistema',
  impersonatedBy: (actor) => `Suplantación de identidad por ${actor}`,
  unknownValue: '—',
  unshowableValue: '[valor demasiado anidado para mostrarlo]',
  resizeColumn: (column) => `Cambiar el ancho de la columna ${column}`,
  narrowColumn: (column) => `Estrechar la columna ${column}`,
  widenColumn: (column) => `Ensanchar la columna ${column}`,
  detailsTitle: 'Detalles del evento',
  fieldLabels: {
    frontegg_id: 'ID del evento',
    tenantId: 'ID del inquilino',
    vendorId: 'ID del proveedor',
    user: 'Nombre',
    userId: 'ID de usuario',
    actorMail: 'Suplantación de identidad por',
    resource: 'Recurso',
  },
  detailsFor: (action, time) => `Detalles de ${action} del ${time}`,
  ipLocation: (ip) => `Ubicación de ${ip}`,
  ipLocationLoading: 'Buscando…',
  ipLocationUnknown: 'Ubicación desconocida',
  ipLocationError: 'No se pudo obtener la ubicación',
  showJson: 'Mostrar datos',
  hideJson: 'Ocultar datos',
  copy: 'Copiar',
  copyNamed: (name) => `Copiar ${name}`,
  copyByHand: (name) => `${name}, para copiar a mano`,
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar',
  copyEventLink: 'Copiar enlace a este evento',
  eventLinkLabel: 'Enlace a este evento',
  copyEventJson: 'Copiar este evento como JSON',
  eventJsonLabel: 'Este evento como JSON',
  linkedEventMissing:
    'El evento enlazado no está en esta lista. Puede que se haya eliminado o que no tengas acceso a él.',
  before: 'Antes',
  after: 'Después',
  expandNode: (key) => `Expandir o contraer ${key}`,
  showMoreEntries: (more, left, count) =>
    plural(count, {
      one: `Mostrar ${more} más (queda ${left})`,
      other: `Mostrar ${more} más (quedan ${left})`,
    }),
  jsonChanged: 'modificado',
  jsonData: 'Datos JSON',
  filtersLabel: 'Filtros',
  filtersToggle: 'Filtros',
  moreFilters: 'Más filtros',
  searchLabel: 'Buscar eventos',
  searchPlaceholder: 'Buscar o filtrar: actor:… severity:high created:7d',
  searchHint:
    'Texto libre o términos campo:valor, como actor:, action:, severity:, ip:, created:. Las flechas abren las sugerencias.',
  searchSuggestions: 'Sugerencias',
  searchFixedDate: 'como fecha fija',
  searchNotApplied: 'No aplicado',
  searchProblem,
  searchUseField: (field) => `Usar ${field}`,
  searchCheck: 'Aplicado tal como se escribió',
  searchValueHint: (value, suggestion) =>
    `«${value}» no es ninguna de las gravedades habituales; se muestran los eventos que la tienen. ¿Querías decir «${suggestion}»?`,
  searchUseValue: (value) => `Usar ${value}`,
  searchUnavailable:
    'No se ha podido cargar la búsqueda. Recarga la página o pulsa Intro para volver a intentarlo.',
  views: 'Vistas',
  viewsPredefined: 'Vistas sugeridas',
  viewsMine: 'Mis vistas',
  viewsSaveCurrent: 'Guardar la vista actual…',
  viewsManage: 'Gestionar vistas…',
  viewsDialogTitle: 'Vistas guardadas',
  viewName: 'Guardar la vista actual como',
  viewsSave: 'Guardar',
  viewsEmpty: 'Aún no hay vistas.',
  viewDefault: 'Predeterminada',
  viewLink: 'Enlace',
  viewRenameShort: 'Renombrar',
  viewDeleteShort: 'Eliminar',
  viewSaved: (name) => `Vista «${name}» guardada`,
  viewApplied: (name) => `Vista «${name}» aplicada`,
  viewDeleted: (name) => `Vista «${name}» eliminada`,
  viewApply: (name) => `Aplicar ${name}`,
  viewSetDefault: (name) => `Abrir con ${name} de forma predeterminada`,
  viewCopyLink: (name) => `Copiar un enlace a ${name}`,
  viewLinkLabel: (name) => `Enlace a ${name}`,
  viewRename: (name) => `Renombrar ${name}`,
  viewRenameLabel: (name) => `Nuevo nombre para ${name}`,
  viewDelete: (name) => `Eliminar ${name}`,
  viewUndo: 'Deshacer',
  viewUndoDelete: (name) => `Deshacer la eliminación de ${name}`,
  viewRestored: (name) => `Vista «${name}» restaurada`,
  viewErrorNameMissing: 'Escribe un nombre para la vista.',
  viewErrorNameTooLong: (max) => `El nombre de una vista puede tener como máximo ${max} caracteres.`,
  viewErrorNameTaken: (name) => `Ya hay una vista llamada «${name}». Elige otro nombre.`,
  viewErrorTooMany: (max) => `Puedes conservar como máximo ${max} vistas. Elimina una para guardar otra.`,
  viewErrorLoading: 'Tus vistas aún se están cargando. Vuelve a intentarlo en un momento.',
  viewErrorNotLoaded:
    'No se han podido cargar tus vistas, así que ahora no se pueden modificar. Recarga la página para volver a intentarlo.',
  viewErrorUnknown: 'Esta vista ya no existe.',
  viewErrorPredefined: 'Las vistas sugeridas no se pueden renombrar ni eliminar.',
  viewErrorStorageFull: 'El almacenamiento del navegador está lleno, así que el cambio no se ha guardado.',
  viewErrorQueryTooBig: (reason) => `No se puede guardar esta vista. ${reason}`,
  viewErrorColumnsTooBig: (max) =>
    `No se puede guardar esta vista: su selección de columnas nombraría más de ${max} columnas. Restablece las columnas y cambia menos.`,
  queryOverSearch: (max) => `El texto de búsqueda tiene más de ${max} caracteres.`,
  queryOverStored: (max) => `El texto de búsqueda y los filtros suman más de ${max} caracteres.`,
  queryOverColumns: (max) => `Hay más de ${max} columnas filtradas.`,
  queryOverColumnName: (column) =>
    `El filtro de «${column}» no se puede conservar: un enlace no puede contener el nombre de esa columna.`,
  queryOverValues: (column, max) => `El filtro de «${column}» tiene más de ${max} valores.`,
  queryOverValueLength: (column, max) => `Un valor del filtro de «${column}» tiene más de ${max} caracteres.`,
  filterNotChanged: (reason) => `El filtro no se ha cambiado. ${reason}`,
  timeRange: 'Periodo',
  timeAll: 'Todo el historial',
  timeLastHour: 'Última hora',
  timeLast24Hours: 'Últimas 24 horas',
  timeLast7Days: 'Últimos 7 días',
  timeLast30Days: 'Últimos 30 días',
  timeLast90Days: 'Últimos 90 días',
  timeLast365Days: 'Últimos 365 días',
  timeCustom: 'Periodo personalizado',
  timeFrom: 'Desde',
  timeTo: 'Hasta',
  timeRangeInvalid: 'El inicio debe ser anterior al final.',
  apply: 'Aplicar',
  users: 'Usuario',
  emails: 'Correo electrónico',
  actions: 'Acción',
  severity: 'Gravedad',
  severityLabels: { Info: 'Información', Medium: 'Media', High: 'Alta', Error: 'Error', Critical: 'Crítica' },
  ipAddress: 'Dirección IP',
  addValue: (field) => `Añadir filtro de ${field}`,
  valuePlaceholder: 'Escribe y pulsa Intro',
  activeFilters: 'Filtros activos',
  removeFilter: (label, value) => `Quitar el filtro ${label}: ${value}`,
  filterToValue: (label, value) => `Mostrar solo los eventos cuyo valor de ${label} es ${value}`,
  eventsAroundTime: 'Mostrar los eventos desde 5 minutos antes hasta 5 minutos después de este',
  labelled: (label, value) => `${label}: ${value}`,
  listHeading: (heading) => `${heading}:`,
  noted: (text, note) => `${text} (${note})`,
  notApplied: 'no aplicado',
  unappliedTitle: 'No aplicado a las filas mostradas',
  exportUnappliedTitle: 'No aplicado al archivo',
  unappliedReasons: {
    conflict: 'la API de auditoría no puede combinarlo con los demás filtros',
    'not-filterable': 'esta columna no se puede filtrar',
    'unknown-column': 'esa columna no existe',
    'reserved-name': 'la API de auditoría no puede filtrar por este nombre',
    'time-column': 'usa el periodo en su lugar',
    'invalid-sort': 'la API de auditoría no puede ordenar por este campo',
    'invalid-time': 'no es una fecha con hora',
    'legacy-cannot-filter': 'este registro filtra los usuarios por correo electrónico en su lugar',
    'ignored-by-api': 'la API de auditoría devolvió eventos fuera de este periodo',
  },
  unappliedSort: (column) => `Orden por ${column}`,
  clearAll: 'Borrar todo',
  close: 'Cerrar',
  columns: 'Columnas',
  columnsTitle: 'Mostrar y ordenar columnas',
  moveUp: (column) => `Subir ${column}`,
  moveDown: (column) => `Bajar ${column}`,
  movedTo: (column, position, total) => `${column} está ahora en la posición ${position} de ${total}`,
  resetColumns: 'Restablecer columnas',
  columnsReset: 'Columnas restablecidas',
  columnsNotChanged: (max) =>
    `Las columnas no se han cambiado: un enlace admite como máximo ${max} nombres de columna. Restablece las columnas para empezar de nuevo.`,
  dragHandle: (column) => `Arrastrar para mover ${column}`,
  filterColumns: 'Buscar una columna',
  columnMatches: (total, count) =>
    plural(count, { one: `${total} columna coincide`, other: `${total} columnas coinciden` }),
  noColumnMatches: 'Ninguna columna coincide',
  // The keys as Spanish keyboards label them.
  columnMoveKeys: 'Inicio lleva una columna al principio; Fin, al final.',
  exportCsv: 'Exportar',
  exportVisibleColumns: 'Columnas visibles, en orden',
  exportAllColumns: 'Todas las columnas',
  exportStart: 'Descargar',
  exportCancel: 'Cancelar la exportación',
  exportProgress: (rows, total, count) =>
    plural(count, {
      one: `Exportados ${rows} de ${total} evento`,
      many: `Exportados ${rows} de ${total} de eventos`,
      other: `Exportados ${rows} de ${total} eventos`,
    }),
  exportPercent: (percent) => `Exportación completada al ${percent}`,
  exportDone: (rows, count) =>
    plural(count, {
      one: `Exportación completada: ${rows} evento`,
      many: `Exportación completada: ${rows} de eventos`,
      other: `Exportación completada: ${rows} eventos`,
    }),
  exportDoneLeftOut: (done, left) => `${done}. No aplicado al archivo: ${left}.`,
  exportCancelled: 'Exportación cancelada; no se ha guardado ningún archivo.',
  exportCancelledToHost: 'Exportación cancelada antes de escribir todos los eventos.',
  exportNoFile: 'No se ha guardado ningún archivo.',
  exportFailed: (reason) => `Error en la exportación: ${reason}`,
  exportBrokeOff: (rows, total, count) =>
    plural(count, {
      one: `La exportación se interrumpió tras ${rows} de ${total} evento.`,
      many: `La exportación se interrumpió tras ${rows} de ${total} de eventos.`,
      other: `La exportación se interrumpió tras ${rows} de ${total} eventos.`,
    }),
  exportBrokeOffAfter: (rows, count) =>
    plural(count, {
      one: `La exportación se interrumpió tras ${rows} evento.`,
      many: `La exportación se interrumpió tras ${rows} de eventos.`,
      other: `La exportación se interrumpió tras ${rows} eventos.`,
    }),
  exportStartBrokeOff: 'La exportación se interrumpió antes del primer evento.',
  exportPageBrokeOff: (event) => `La exportación se interrumpió en el evento ${event}.`,
  exportEndedEarly: (rows, total, count) =>
    plural(count, {
      one: `La exportación terminó tras ${rows} de ${total} evento.`,
      many: `La exportación terminó tras ${rows} de ${total} de eventos.`,
      other: `La exportación terminó tras ${rows} de ${total} eventos.`,
    }),
  exportChanged:
    'Los eventos coincidentes cambiaron durante la exportación, así que podrían faltar o repetirse algunos.',
  exportTooManyRows:
    'El servidor envió más eventos de los que coinciden con los filtros, así que la exportación se detuvo para no guardar eventos que no coinciden. Vuelve a intentarlo o acota el periodo.',
  exportNoPermission: 'No tienes permiso para exportar eventos de auditoría.',
  exportFormat: 'Formato',
  exportFormatCsv: 'CSV para hojas de cálculo',
  exportFormatCsvHint:
    'Se abre sin problemas en Excel, Numbers, Hojas de cálculo de Google y LibreOffice; las fórmulas quedan neutralizadas.',
  exportFormatCsvSemicolon: 'CSV para hojas de cálculo, separado por ;',
  exportFormatCsvSemicolonHint: 'Para Excel en regiones que escriben los decimales con coma (1,5).',
  exportFormatCsvPlain: 'CSV sin procesar, tal como lo envía el servidor',
  exportFormatCsvPlainHint: 'Para scripts: celdas sin cambios, horas en UTC, sin marca de orden de bytes.',
  exportFormatJsonl: 'JSON Lines',
  exportFormatJsonlHint:
    'Un evento por línea con todos sus campos, para herramientas de cumplimiento y de registros.',
  exportTimes: 'Horas',
  exportTimesInZone: (zone) => `En ${zone}, como en pantalla`,
  exportTimesUtc: 'En UTC',
  exportOffsetHeader: (column) => `Desfase UTC (${column})`,
  exportByDownload: (size) => `Se guarda como una descarga normal${size ? ` (unos ${size})` : ''}.`,
  exportInMemoryWarning:
    'Este navegador no puede guardar directamente en un archivo, así que el archivo entero se crea antes en memoria: es más seguro elegir un periodo más corto o menos columnas.',
  exportInMemoryWarningJsonl:
    'Este navegador no puede guardar directamente en un archivo, así que el archivo entero se crea antes en memoria: es más seguro elegir un periodo más corto.',
  exportByPicker: (size) =>
    `Eliges dónde guardar el archivo${size ? ` (unos ${size})` : ''}; se escribe a medida que llegan los datos.`,
  exportToHost: 'Se escribe en el destino que indica esta aplicación.',
  exportStartedFilters:
    'Los filtros cambiaron después de iniciar esta exportación: el archivo los sigue tal como estaban entonces.',
  paginationLabel: 'Paginación',
  range: (from, to, total) => `${from}–${to} de ${total}`,
  rangeOfMany: (from, to) => `${from}–${to} de muchos`,
  pageSize: 'Filas por página',
  previousPage: 'Página anterior',
  nextPage: 'Página siguiente',
  firstPage: 'Primera página',
  lastPage: 'Última página',
  page: (page) => `Página ${page}`,
  loadingMore: 'Cargando más eventos…',
  loadMore: 'Cargar más',
  loadMoreFailed: 'No se han podido cargar los eventos siguientes.',
  refreshFailed: 'No se han podido actualizar los eventos.',
  refreshFailedShown: (time) => `Los eventos mostrados son del ${time} y puede que no estén al día.`,
  columnsFailed: 'No se han podido cargar las columnas.',
  columnsFailedShown:
    'Se muestran las columnas estándar: faltan las columnas propias de este registro en la tabla, los filtros y la exportación.',
  allLoaded: (total, count) =>
    plural(count, {
      one: `Se ha cargado ${total} evento`,
      many: `Se han cargado los ${total} de eventos`,
      other: `Se han cargado los ${total} eventos`,
    }),
  loadedOf: (loaded, total, count) =>
    plural(count, {
      one: `Se ha cargado ${loaded} de ${total} evento`,
      many: `Se han cargado ${loaded} de ${total} de eventos`,
      other: `Se han cargado ${loaded} de ${total} eventos`,
    }),
  loadedSoFar: (loaded, count) =>
    plural(count, {
      one: `Se ha cargado ${loaded} evento`,
      many: `Se han cargado ${loaded} de eventos`,
      other: `Se han cargado ${loaded} eventos`,
    }),
  loadedServerEnded: 'el servidor no ha enviado más',
  loadedLimit: 'es lo máximo que admite una lista: acota los filtros o exporta todos los eventos',
  resultCount: (total, count) =>
    plural(count, { one: `${total} evento`, many: `${total} de eventos`, other: `${total} eventos` }),
  resultCountAtLeast: (total, count) =>
    plural(count, {
      one: `Al menos ${total} evento`,
      many: `Al menos ${total} de eventos`,
      other: `Al menos ${total} eventos`,
    }),
  sortedAscending: (column) => `Ordenado por ${column}, en orden ascendente.`,
  sortedDescending: (column) => `Ordenado por ${column}, en orden descendente.`,
  timeZone: 'Zona horaria',
  timeZoneLocal: (zone) => `Hora local (${zone})`,
  timeZoneUtc: 'UTC',
  newEventsUncounted: 'Eventos nuevos',
  newEventsCheckFailed: 'No se pudo comprobar si hay eventos nuevos.',
  newEvents: (count, value) =>
    plural(value, {
      one: `${count} evento nuevo`,
      many: `${count} de eventos nuevos`,
      other: `${count} eventos nuevos`,
    }),
  showNewEvents: 'Mostrar',
  statsLabel: 'Resumen de auditoría',
  eventsToday: 'Eventos de hoy',
  severeThisWeek: 'Graves esta semana',
  statUnavailable: 'No disponible',
  statsStale: 'Puede estar desactualizado',
};
