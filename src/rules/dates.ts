/**
 * How pages outside Korea write their dates: month names, the labels before a stamp and
 * the order of day and month in numeric dates, per language. Data only; the readers are in
 * `extract/dates/worded.ts` and `extract/dates/labels.ts`.
 */

/**
 * Month names and their common abbreviations, lower-case, each with its month number.
 * A trailing `.` after an abbreviation (`Dec.`, `Sept.`) is read by the matcher.
 */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  // English
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
  // German (Austrian `Jänner` too)
  januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, okt: 10, dezember: 12, dez: 12,
  // French
  janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, mars: 3, avril: 4, avr: 4, juin: 6, juillet: 7, juil: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, déc: 12,
  // Spanish, Italian, Portuguese, Dutch
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9,
  octubre: 10, noviembre: 11, diciembre: 12,
  gennaio: 1, febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
  janeiro: 1, fevereiro: 2, março: 3, maio: 5, junho: 6, julho: 7, setembro: 9, outubro: 10, novembro: 11, dezembro: 12,
  januari: 1, februari: 2, maart: 3, mei: 5, augustus: 8,
};

/**
 * Labels printed before a stamp on pages in other languages, and the kind each gives.
 * Matched case-insensitively at the stamp's left (`PUBLISHED: January 16, 2023`).
 * Longest first within a language, so `First published on` wins over `published on`.
 */
export const FOREIGN_STAMP_LABELS: ReadonlyArray<readonly [string, 'published' | 'modified']> = [
  ['first published on', 'published'],
  ['first published', 'published'],
  ['published on', 'published'],
  ['published:', 'published'],
  ['published', 'published'],
  ['posted on', 'published'],
  ['posted', 'published'],
  ['last updated on', 'modified'],
  ['last updated', 'modified'],
  ['updated on', 'modified'],
  ['updated', 'modified'],
  ['last modified', 'modified'],
  ['modified', 'modified'],
  ['veröffentlicht am', 'published'],
  ['veröffentlicht', 'published'],
  ['erschienen am', 'published'],
  ['erstellt am', 'published'],
  ['aktualisiert am', 'modified'],
  ['aktualisiert', 'modified'],
  ['zuletzt geändert', 'modified'],
  ['stand', 'modified'],
  ['publié le', 'published'],
  ['publié', 'published'],
  ['mis à jour le', 'modified'],
  ['mis à jour', 'modified'],
  ['modifié le', 'modified'],
  ['publicado el', 'published'],
  ['publicado', 'published'],
  ['actualizado el', 'modified'],
  ['actualizado', 'modified'],
  ['pubblicato il', 'published'],
  ['pubblicato', 'published'],
  ['aggiornato il', 'modified'],
  ['aggiornato', 'modified'],
  ['gepubliceerd op', 'published'],
  ['bijgewerkt op', 'modified'],
  ['投稿日', 'published'],
  ['公開日', 'published'],
  ['更新日', 'modified'],
];

/**
 * Languages (BCP 47 primary tags, or whole tags for regional English) whose numeric dates
 * put the day first: `14.06.2013`, `14/06/2013`. `en-US` puts the month first; bare `en`
 * says neither, so a slashed date whose day and month could swap is not read.
 */
export const DAY_FIRST_LANGUAGES: ReadonlySet<string> = new Set([
  'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'sv', 'nb', 'no', 'fi', 'pl', 'cs', 'sk', 'ru', 'uk', 'tr', 'el', 'hu', 'ro',
  'en-gb', 'en-au', 'en-nz', 'en-ie', 'en-in',
]);
export const MONTH_FIRST_LANGUAGES: ReadonlySet<string> = new Set(['en-us']);

/** Units of relative stamps abroad (`3 hours ago`, `vor 2 Tagen`, `il y a 3 heures`), each word with its unit. */
export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';
export const RELATIVE_UNITS: Readonly<Record<string, RelativeUnit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second', minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week',
  month: 'month', months: 'month', year: 'year', years: 'year',
  sekunde: 'second', sekunden: 'second', minuten: 'minute', stunde: 'hour', stunden: 'hour', tag: 'day', tagen: 'day',
  woche: 'week', wochen: 'week', monat: 'month', monaten: 'month', jahr: 'year', jahren: 'year',
  seconde: 'second', secondes: 'second', heure: 'hour', heures: 'hour', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week',
  mois: 'month', an: 'year', ans: 'year', année: 'year', années: 'year',
  segundo: 'second', segundos: 'second', minuto: 'minute', minutos: 'minute', hora: 'hour', horas: 'hour', día: 'day', días: 'day',
  semana: 'week', semanas: 'week', mes: 'month', meses: 'month', año: 'year', años: 'year',
  秒: 'second', 分: 'minute', 時間: 'hour', 日: 'day', 週間: 'week', か月: 'month', ヶ月: 'month', 年: 'year',
};
/** Words that stand for one (`an hour ago`, `vor einer Stunde`, `il y a une heure`). */
export const RELATIVE_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'einem', 'un', 'une', 'uno', 'una']);
