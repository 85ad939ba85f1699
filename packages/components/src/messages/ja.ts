// Japanese (日本語): polite です/ます sentences, short noun phrases on buttons ("エクスポート", "再試行"), 「」 quotes,
// the full-width colon "：" after a label ("トレースID：…"), counts with 件 (Japanese has no plural forms, so the
// counts are not used). The search language's field names (actor:, severity:…) are syntax and stay as they are.
import { auditQueryLimits } from '@auditkit/headless';
import type { AuditSearchProblem, AuditSearchTerm } from '@auditkit/headless';
import type { AuditMessages } from './defaultMessages.ts';
import { isPastSearchTextRead, searchTextRead } from './searchTextRead.ts';
import { formatNumber } from '../ui/formatNumber.ts';

/** The locale to pass as `<AuditLog locale>` with these messages, so dates and numbers match the words. */
export const locale = 'ja';

/** A limit written as the locale writes numbers ("8.192" in German), as the log's other counts are. */
const count = (value: number) => formatNumber(value, locale);

const timeForms =
  '日付（2026-11-01）、日時（2026-11-01T10:00）、期間（2026-11-01..2026-11-07）、today・yesterday（固定の日付として）、または 1h、24h、7d、30d、90d、365d のいずれかを指定してください。';

/** A value that is not applied, said by its reason (`problem.reason`); a problem without one, by its field. */
function invalidValue(problem: AuditSearchProblem, term: AuditSearchTerm, field: string): string {
  // Free text is refused for its length only: past the most text read (8 KiB), or over what a link can carry.
  if (term.kind === 'text')
    return (problem.reason ? problem.reason === 'search-past-read' : isPastSearchTextRead(term))
      ? `検索テキストが長すぎます（合計で最大${count(searchTextRead)}文字）。ここから先は適用されません。`
      : `検索テキストが長すぎます（最大${count(auditQueryLimits.search)}文字）。この部分は適用されません。`;
  switch (problem.reason) {
    case 'not-a-time':
      return `日時として読み取れません。${timeForms}`;
    case 'not-a-time-range':
      return `期間として読み取れません。${timeForms}`;
    case 'ends-before-start':
      return '期間の終わりが始まりより前になっています。';
    case 'outside-years':
      return '0001年から9999年（UTC）の範囲外です。期間に指定できるのはこの範囲だけです。';
    case 'one-value':
      return `「${field}」に指定できる日付または期間は1つだけです。`;
    case 'too-many-values':
      return `「${field}」に指定できる値は最大${count(problem.limit ?? auditQueryLimits.values)}個です。`;
    case 'value-too-long':
      return `値は最大${count(problem.limit ?? auditQueryLimits.value)}文字までです。`;
    case 'too-many-fields':
      return `同時にフィルターできるフィールドは最大${count(problem.limit ?? auditQueryLimits.columns)}個です。`;
    default:
      return problem.suggestion
        ? `「${field}」の値が正しくありません。「${problem.suggestion}」のことですか？`
        : `「${field}」の値が正しくありません。`;
  }
}

/** `NOT`, `OR`, `AND` or a grouping parenthesis, which the search language does not have (`problem.reason`). */
function booleanOperator(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const quoted = problem.suggestion ?? `"${term.raw}"`;
  const asWord = `この語を検索するには引用符で囲んでください：「${quoted}」。`;
  switch (problem.reason) {
    case 'not-operator':
      return `監査 API は条件を除外できないため、「${term.raw}」は適用されません。${asWord}`;
    case 'or-operator':
      return `すべての条件が一致する必要があり、監査 API はどちらか一方では検索できないため、「${term.raw}」は適用されません。2つの値のどちらかなら、1つのフィールドに両方を指定してください：「actor:a,b」。${asWord}`;
    case 'and-operator':
      return `すべての条件はもともと一致する必要があるため、「${term.raw}」は適用されません。${asWord}`;
    default:
      return `括弧で条件をまとめることはできません（すべての条件が一致する必要があります）。そのため「${term.raw}」は適用されません。括弧を外すか、書いたとおりに検索するにはテキストを引用符で囲んでください。`;
  }
}

/**
 * Curly quotes or a full-width colon, as pasted or typed by an input method, or a comparison without its colon
 * (`created>=2026-11-01`), as other query languages write it (`AuditSearchProblem.reason`).
 */
function lookAlike(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const fixed = problem.suggestion ?? term.raw;
  if (problem.reason === 'comparison')
    return `比較はフィールド名のコロン「:」の後に書くため、「${term.raw}」は適用されません。次のように入力してください：「${fixed}」。入力したとおりの文字列を検索するには、半角の「"」で囲んでください。`;
  return problem.reason === 'colon'
    ? `フィールドは半角のコロン「:」で区切ります。全角の「：」は使えないため、「${term.raw}」は適用されません。次のように入力してください：「${fixed}」。「：」そのものを検索するには、半角の「"」で囲んでください。`
    : `“ ” „ « » ＂ 「 」 『 』 などの引用符は検索の引用符として使えないため、「${term.raw}」は適用されません。半角の「"」を使ってください：「${fixed}」。これらの記号そのものを検索するには、半角の「"」で囲んでください。`;
}

function searchProblem(problem: AuditSearchProblem, term: AuditSearchTerm): string {
  const field = `${term.field?.name ?? term.fieldText ?? ''}:`;
  switch (problem.code) {
    case 'unknown-field':
      // `users:` on the legacy list, which filters users by email instead: `suggestion` is the email field.
      if (problem.reason === 'legacy-user-id')
        return `このログではユーザーIDでフィルターできないため、「${term.fieldText}:」は適用されません。${problem.suggestion ? `代わりに「${problem.suggestion}:」でメールを指定してください。` : ''}`;
      return problem.suggestion
        ? `フィールド「${term.fieldText}」はありません。「${problem.suggestion}:」のことですか？`
        : `フィールド「${term.fieldText}」はありません。${problem.fields ? `使用できるフィールド：${problem.fields.join('、')}。` : ''}`;
    case 'empty-value':
      return `「${field}」の後に値を入力してください。`;
    case 'invalid-value':
      return invalidValue(problem, term, field);
    case 'operator-unsupported':
      return `「${term.operator ?? ''}」は時刻の比較にだけ使えます。「${field}」は値で検索します。`;
    case 'negation-unsupported':
      return term.kind === 'text'
        ? `監査 API はテキストを除外できません。この語句を検索するには引用符で囲んでください：「"${term.raw}"」。`
        : problem.suggestion
          ? // `actor:-bob`: a value written with a bare `-`, offered quoted to search for it as written.
            `監査 API は値を除外できないため、「${term.raw}」は適用されません。この値をそのまま検索するには引用符で囲んでください：「${problem.suggestion}」。`
          : `監査 API は値を除外できないため、「-${field}」は適用されません。`;
    case 'boolean-unsupported':
      return booleanOperator(problem, term);
    case 'look-alike':
      return lookAlike(problem, term);
    case 'conflict':
      return '適用できる期間は1つだけです。この条件は最初の期間を絞り込みません。';
  }
}

/**
 * Every message in Japanese. Give the whole pack, `import * as ja from '@auditkit/components/messages/ja'` then
 * `<AuditLog translation={ja} />`, so the log's `lang` and its number and date formats follow it too.
 */
export const messages: AuditMessages = {
  regionLabel: '監査ログ',
  withinLog: (log, part) => `${log}の${part}`,
  tableCaption: '監査イベント',
  loading: 'イベントを読み込んでいます…',
  emptyNoEvents: 'まだイベントは記録されていません。',
  emptyNoMatch: 'この条件に一致するイベントはありません。',
  clearFilters: 'フィルターをクリア',
  emptyPage: 'このページにはイベントがありません。件数を数えた後に削除されたイベントがある可能性があります。',
  emptyPageGoFirst: '最初のページへ移動',
  errorTitle: '監査ログを読み込めませんでした。',
  partError: '監査ログのこの部分を表示できませんでした。',
  retry: '再試行',
  errorCancelled: 'リクエストは中止されました。',
  errorNoToken: 'サインインしていないか、セッションの有効期限が切れました。もう一度サインインしてください。',
  errorUnreachable: '監査 API に接続できませんでした。',
  errorBrokeOff: '監査 API からの応答が途中で途切れました。',
  errorUnexpectedAnswer: '監査 API から予期しない応答が返されました。',
  errorStatus: (status) => `監査 API からステータス ${status} が返されました。`,
  errorNoBody: '監査 API から空のエクスポート応答が返されました。',
  retryAfter: (seconds) => `リクエストが多すぎます。${seconds}秒後にもう一度お試しください。`,
  traceId: (id) => `トレースID：${id}`,
  noPermission: '監査ログを表示する権限がありません。',
  system: 'システム',
  impersonatedBy: (actor) => `代理操作者：${actor}`,
  unknownValue: '—',
  unshowableValue: '[入れ子が深すぎて表示できない値]',
  resizeColumn: (column) => `「${column}」列の幅を変更`,
  narrowColumn: (column) => `「${column}」列を狭くする`,
  widenColumn: (column) => `「${column}」列を広くする`,
  detailsTitle: 'イベントの詳細',
  fieldLabels: {
    frontegg_id: 'イベントID',
    tenantId: 'テナントID',
    vendorId: 'ベンダーID',
    user: '名前',
    userId: 'ユーザーID',
    actorMail: '代理操作者',
    resource: 'リソース',
  },
  detailsFor: (action, time) => `${time}の「${action}」の詳細`,
  ipLocation: (ip) => `${ip}の所在地`,
  ipLocationLoading: '検索中…',
  ipLocationUnknown: '所在地不明',
  ipLocationError: '所在地を取得できませんでした',
  showJson: 'データを表示',
  hideJson: 'データを非表示',
  copy: 'コピー',
  copyNamed: (name) => `${name}をコピー`,
  copyByHand: (name) => `${name}（手動でコピー）`,
  copied: 'コピーしました',
  copyFailed: 'コピーできませんでした',
  copyEventLink: 'このイベントへのリンクをコピー',
  eventLinkLabel: 'このイベントへのリンク',
  copyEventJson: 'このイベントをJSONでコピー',
  eventJsonLabel: 'このイベントのJSON',
  linkedEventMissing:
    'リンク先のイベントはこの一覧にありません。削除されたか、アクセスできないイベントの可能性があります。',
  before: '変更前',
  after: '変更後',
  expandNode: (key) => `${key}を展開/折りたたみ`,
  showMoreEntries: (more, left) => `さらに${more}件を表示（残り${left}件）`,
  jsonChanged: '変更あり',
  jsonData: 'JSONデータ',
  filtersLabel: 'フィルター',
  filtersToggle: 'フィルター',
  moreFilters: 'その他のフィルター',
  searchLabel: 'イベントを検索',
  searchPlaceholder: '検索またはフィルター：actor:… severity:high created:7d',
  searchHint:
    'フリーテキスト、または actor:、action:、severity:、ip:、created: などの「フィールド:値」で検索します。矢印キーで候補が開きます。',
  searchSuggestions: '候補',
  searchFixedDate: '固定の日付として',
  searchNotApplied: '未適用',
  searchProblem,
  searchUseField: (field) => `${field}を使う`,
  searchCheck: '入力どおりに適用',
  searchValueHint: (value, suggestion) =>
    `「${value}」は通常の重大度ではありません。この値のイベントを表示しています。「${suggestion}」のことですか？`,
  searchUseValue: (value) => `${value}を使う`,
  searchUnavailable:
    '検索を読み込めませんでした。ページを再読み込みするか、Enterキーを押してもう一度お試しください。',
  views: 'ビュー',
  viewsPredefined: 'おすすめのビュー',
  viewsMine: 'マイビュー',
  viewsSaveCurrent: '現在のビューを保存…',
  viewsManage: 'ビューを管理…',
  viewsDialogTitle: '保存済みのビュー',
  viewName: '現在のビューの保存名',
  viewsSave: '保存',
  viewsEmpty: 'ビューはまだありません。',
  viewDefault: 'デフォルト',
  viewLink: 'リンク',
  viewRenameShort: '名前を変更',
  viewDeleteShort: '削除',
  viewSaved: (name) => `ビュー「${name}」を保存しました`,
  viewApplied: (name) => `ビュー「${name}」を適用しました`,
  viewDeleted: (name) => `ビュー「${name}」を削除しました`,
  viewApply: (name) => `「${name}」を適用`,
  viewSetDefault: (name) => `「${name}」をデフォルトで開く`,
  viewCopyLink: (name) => `「${name}」へのリンクをコピー`,
  viewLinkLabel: (name) => `「${name}」へのリンク`,
  viewRename: (name) => `「${name}」の名前を変更`,
  viewRenameLabel: (name) => `「${name}」の新しい名前`,
  viewDelete: (name) => `「${name}」を削除`,
  viewUndo: '元に戻す',
  viewUndoDelete: (name) => `「${name}」の削除を元に戻す`,
  viewRestored: (name) => `ビュー「${name}」を元に戻しました`,
  viewErrorNameMissing: 'ビューの名前を入力してください。',
  viewErrorNameTooLong: (max) => `ビューの名前は${max}文字以内にしてください。`,
  viewErrorNameTaken: (name) => `「${name}」という名前のビューはすでにあります。別の名前にしてください。`,
  viewErrorTooMany: (max) =>
    `保存できるビューは${max}件までです。新しく保存するには、いずれかのビューを削除してください。`,
  viewErrorLoading: 'ビューを読み込んでいます。しばらくしてからもう一度お試しください。',
  viewErrorNotLoaded:
    'ビューを読み込めなかったため、現在は変更できません。ページを再読み込みしてもう一度お試しください。',
  viewErrorUnknown: 'このビューはもう存在しません。',
  viewErrorPredefined: 'おすすめのビューは名前の変更も削除もできません。',
  viewErrorStorageFull: 'ブラウザーのストレージがいっぱいのため、変更を保存できませんでした。',
  viewErrorQueryTooBig: (reason) => `このビューは保存できません。${reason}`,
  viewErrorColumnsTooBig: (max) =>
    `このビューは保存できません。列の選択が${max}列を超えるためです。列をリセットして、変更する列を減らしてください。`,
  queryOverSearch: (max) => `検索テキストが${max}文字を超えています。`,
  queryOverStored: (max) => `検索テキストとフィルターを合わせて${max}文字を超えています。`,
  queryOverColumns: (max) => `フィルターが設定された列が${max}列を超えています。`,
  queryOverColumnName: (column) =>
    `「${column}」のフィルターは保持できません。この列名はリンクに含めることができません。`,
  queryOverValues: (column, max) => `「${column}」のフィルターの値が${max}個を超えています。`,
  queryOverValueLength: (column, max) => `「${column}」のフィルターに${max}文字を超える値があります。`,
  filterNotChanged: (reason) => `フィルターは変更されていません。${reason}`,
  timeRange: '期間',
  timeAll: 'すべての期間',
  timeLastHour: '過去1時間',
  timeLast24Hours: '過去24時間',
  timeLast7Days: '過去7日間',
  timeLast30Days: '過去30日間',
  timeLast90Days: '過去90日間',
  timeLast365Days: '過去365日間',
  timeCustom: '期間を指定',
  timeFrom: '開始',
  timeTo: '終了',
  timeRangeInvalid: '開始日時は終了日時より前にしてください。',
  apply: '適用',
  users: 'ユーザー',
  emails: 'メール',
  actions: 'アクション',
  severity: '重大度',
  severityLabels: { Info: '情報', Medium: '中', High: '高', Error: 'エラー', Critical: '重大' },
  ipAddress: 'IPアドレス',
  addValue: (field) => `${field}のフィルターを追加`,
  valuePlaceholder: '入力して Enter',
  activeFilters: '適用中のフィルター',
  removeFilter: (label, value) => `フィルター「${label}：${value}」を削除`,
  filterToValue: (label, value) => `${label}が「${value}」のイベントのみ表示`,
  eventsAroundTime: 'このイベントの前後5分間のイベントを表示',
  labelled: (label, value) => `${label}：${value}`,
  listHeading: (heading) => `${heading}：`,
  noted: (text, note) => `${text}（${note}）`,
  notApplied: '未適用',
  unappliedTitle: '表示中の行には適用されていません',
  exportUnappliedTitle: 'ファイルには適用されていません',
  unappliedReasons: {
    conflict: '監査 API では他のフィルターと組み合わせられません',
    'not-filterable': 'この列ではフィルターできません',
    'unknown-column': 'この列は存在しません',
    'reserved-name': '監査 API ではこの名前でフィルターできません',
    'time-column': '代わりに期間を指定してください',
    'invalid-sort': '監査 API ではこのフィールドで並べ替えできません',
    'invalid-time': '日時として読み取れません',
    'legacy-cannot-filter': 'このログでは代わりにメールでユーザーをフィルターします',
    'ignored-by-api': '監査 API がこの期間外のイベントを返しました',
  },
  unappliedSort: (column) => `${column}で並べ替え`,
  clearAll: 'すべてクリア',
  close: '閉じる',
  columns: '列',
  columnsTitle: '列の表示と並び順',
  moveUp: (column) => `${column}を上へ移動`,
  moveDown: (column) => `${column}を下へ移動`,
  movedTo: (column, position, total) => `${column}を${position}番目に移動しました（全${total}列）`,
  resetColumns: '列をリセット',
  columnsReset: '列をリセットしました',
  columnsNotChanged: (max) =>
    `列は変更されませんでした。リンクに含められる列名は${max}個までです。やり直すには列をリセットしてください。`,
  dragHandle: (column) => `ドラッグして${column}を並べ替え`,
  filterColumns: '列を検索',
  columnMatches: (total) => `${total}列が一致`,
  noColumnMatches: '一致する列はありません',
  columnMoveKeys: 'Homeキーで列を先頭へ、Endキーで末尾へ移動します。',
  exportCsv: 'エクスポート',
  exportVisibleColumns: '表示中の列（表示順）',
  exportAllColumns: 'すべての列',
  exportStart: 'ダウンロード',
  exportCancel: 'エクスポートを中止',
  exportProgress: (rows, total) => `${total}件中${rows}件をエクスポートしました`,
  exportPercent: (percent) => `エクスポート中（${percent}）`,
  exportDone: (rows) => `エクスポート完了：${rows}件`,
  exportDoneLeftOut: (done, left) => `${done}。ファイルに適用されなかった条件：${left}。`,
  exportCancelled: 'エクスポートを中止しました。ファイルは保存されていません。',
  exportCancelledToHost: 'すべてのイベントを書き込む前にエクスポートを中止しました。',
  exportNoFile: 'ファイルは保存されていません。',
  exportFailed: (reason) => `エクスポートに失敗しました：${reason}`,
  exportBrokeOff: (rows, total) => `${total}件中${rows}件の時点でエクスポートが途切れました。`,
  exportBrokeOffAfter: (rows) => `${rows}件の時点でエクスポートが途切れました。`,
  exportStartBrokeOff: '最初のイベントの前にエクスポートが途切れました。',
  exportPageBrokeOff: (event) => `${event}件目でエクスポートが途切れました。`,
  exportEndedEarly: (rows, total) => `${total}件中${rows}件でエクスポートが終了しました。`,
  exportChanged:
    'エクスポート中に対象のイベントが変わったため、一部が欠けているか重複している可能性があります。',
  exportTooManyRows:
    'サーバーがフィルターに一致する件数より多くのイベントを送ってきたため、一致しないイベントを保存しないようエクスポートを中止しました。もう一度お試しいただくか、期間を絞り込んでください。',
  exportNoPermission: '監査イベントをエクスポートする権限がありません。',
  exportFormat: '形式',
  exportFormatCsv: '表計算ソフト用CSV',
  exportFormatCsvHint:
    'Excel、Numbers、Google スプレッドシート、LibreOffice で正しく開けます。数式は無害化されます。',
  exportFormatCsvSemicolon: '表計算ソフト用CSV（; 区切り）',
  exportFormatCsvSemicolonHint: '小数点にカンマを使う地域（1,5 など）の Excel 向けです。',
  exportFormatCsvPlain: 'サーバーから届いたままのCSV',
  exportFormatCsvPlainHint: 'スクリプト向け：セルは変更せず、時刻はUTC、BOMなし。',
  exportFormatJsonl: 'JSON Lines',
  exportFormatJsonlHint: '1行に1イベント、全フィールド付き。コンプライアンスツールやログツール向けです。',
  exportTimes: '時刻',
  exportTimesInZone: (zone) => `${zone}（画面の表示と同じ）`,
  exportTimesUtc: 'UTC',
  exportOffsetHeader: (column) => `UTCとの時差（${column}）`,
  exportByDownload: (size) => `通常のダウンロードとして保存されます${size ? `（約${size}）` : ''}。`,
  exportInMemoryWarning:
    'このブラウザーはファイルに直接保存できないため、ファイル全体をまずメモリー上に作成します。期間を短くするか列を減らすと安全です。',
  exportInMemoryWarningJsonl:
    'このブラウザーはファイルに直接保存できないため、ファイル全体をまずメモリー上に作成します。期間を短くすると安全です。',
  exportByPicker: (size) =>
    `保存先を選べます${size ? `（約${size}）` : ''}。データを受け取りながら書き込みます。`,
  exportToHost: 'このアプリが用意した保存先に書き込みます。',
  exportStartedFilters:
    'このエクスポートの開始後にフィルターが変更されました。ファイルには開始時のフィルターが使われます。',
  paginationLabel: 'ページ切り替え',
  range: (from, to, total) => `${total}件中${from}～${to}件`,
  rangeOfMany: (from, to) => `${from}～${to}件（総数不明）`,
  pageSize: '1ページの行数',
  previousPage: '前のページ',
  nextPage: '次のページ',
  firstPage: '最初のページ',
  lastPage: '最後のページ',
  page: (page) => `${page}ページ`,
  loadingMore: 'さらにイベントを読み込んでいます…',
  loadMore: 'さらに読み込む',
  loadMoreFailed: '次のイベントを読み込めませんでした。',
  refreshFailed: 'イベントを更新できませんでした。',
  refreshFailedShown: (time) => `表示中のイベントは${time}時点のもので、最新ではない可能性があります。`,
  columnsFailed: '列を読み込めませんでした。',
  columnsFailedShown:
    '標準の列を表示しています。このログ独自の列は、表・フィルター・エクスポートに含まれていません。',
  allLoaded: (total) => `全${total}件を読み込みました`,
  loadedOf: (loaded, total) => `${total}件中${loaded}件を読み込みました`,
  loadedSoFar: (loaded) => `${loaded}件を読み込みました`,
  loadedServerEnded: 'サーバーからはこれ以上送信されませんでした',
  loadedLimit:
    '1つのリストに読み込めるのはここまでです。フィルターで絞り込むか、すべてエクスポートしてください',
  resultCount: (total) => `${total}件のイベント`,
  resultCountAtLeast: (total) => `${total}件以上のイベント`,
  sortedAscending: (column) => `${column}の昇順で並べ替えました。`,
  sortedDescending: (column) => `${column}の降順で並べ替えました。`,
  timeZone: 'タイムゾーン',
  timeZoneLocal: (zone) => `ローカル（${zone}）`,
  timeZoneUtc: 'UTC',
  newEventsUncounted: '新しいイベントがあります',
  newEventsCheckFailed: '新しいイベントを確認できませんでした。',
  newEvents: (count) => `新しいイベントが${count}件あります`,
  showNewEvents: '表示',
  statsLabel: '監査の概要',
  eventsToday: '今日のイベント',
  severeThisWeek: '今週の重大イベント',
  statUnavailable: '利用できません',
  statsStale: '最新でない可能性があります',
};
