/**
 * A site adapter: declarative knowledge of one outlet's markup, in the manner of
 * Postlight Parser's custom extractors. Selectors are CSS as css-select reads it
 * (cheerio's selector engine, with `:contains`); every field is
 * optional, and what an adapter leaves out the generic path decides.
 */
export interface SiteAdapter {
  /** Short stable name, reported in `source.adapter` (`naver`, `chosun`, `ndsoft`). */
  name: string;
  /** Host names this adapter serves; a page's host matches when it equals or ends with `.` + one. */
  hosts?: readonly string[];
  /** Selectors whose presence identifies the outlet's markup when no URL is given. */
  fingerprints?: readonly string[];
  /** The printed headline (first match wins). */
  headline?: readonly string[];
  /** Deck lines (부제); each `<br>`-separated line becomes a subheading. */
  deck?: readonly string[];
  /** In-body section heads. */
  crossheads?: readonly string[];
  /** The section label. */
  section?: readonly string[];
  /** Elements holding stamps (`입력 2024.06.13 14:36`), text or `data-*` attributes. */
  stamps?: readonly string[];
  /** Elements holding reporter bylines. */
  bylines?: readonly string[];
  /** The body container (first match wins). */
  body?: readonly string[];
  /** Caption elements (inside or outside the body). */
  captions?: readonly string[];
  /** Elements to drop before reading (ads, print copies, widgets, AI summaries). */
  remove?: readonly string[];
  /** Where the article lives when the DOM has no body: script data to read instead. */
  script?: 'fusion' | 'next-flight';
  /** Meta stamps whose zone is wrong: `dd-utc` means `dd:*` times carry `+09:00` on a UTC clock. */
  metaQuirks?: readonly 'dd-utc'[];
}
