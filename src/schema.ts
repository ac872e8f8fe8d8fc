import { z } from 'zod';
import { WARNING_CODES, type WarningCode } from './warnings.js';

/**
 * Zod schemas for the public `Article` contract (see README, "The Article shape").
 * Every object `parseArticle` returns satisfies `ArticleSchema`; the shipped
 * `gisa/schema.json` is generated from it at build time.
 */

/** An ISO 8601 timestamp with an explicit offset, e.g. `2024-06-13T14:36:00+09:00`. */
const IsoStamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 with offset');

/** One stamp found in the article: `입력 2024.06.13 14:36` gives kind `published`, label `입력`. */
export const TimestampSchema = z.object({
  /** `published` (입력, 등록, 게재), `modified` (수정, 업데이트) or `other`. */
  kind: z.enum(['published', 'modified', 'other']).describe('published (입력, 등록, 게재), modified (수정, 업데이트) or other.'),
  /** The label printed before the stamp (`입력`, `기사입력`), or null. */
  label: z.string().nullable().describe('The label printed before the stamp (입력, 기사입력), or null.'),
  /** The stamp as printed: `2024.06.13 14:36`. */
  raw: z.string().describe('The stamp as printed: 2024.06.13 14:36.'),
  /** The stamp as ISO 8601 with offset, or null when it cannot be placed in time (`3시간 전` without `options.now`). */
  iso: IsoStamp.nullable().describe('The stamp as ISO 8601 with offset, or null when it cannot be placed in time (3시간 전 without options.now).'),
});

/** A reporter: `{ name: '김동원', title: '기자', email: null }`. */
export const BylineSchema = z.object({
  /** The reporter's name: `김동원`. */
  name: z.string().min(1).describe("The reporter's name: 김동원."),
  /** Their title as printed: `기자`, `선임기자`, `특파원`; null when none is printed. */
  title: z.string().nullable().describe('Their title as printed: 기자, 선임기자, 특파원; null when none is printed.'),
  /** Their e-mail address when the byline gives one. */
  email: z.string().nullable().describe('Their e-mail address when the byline gives one.'),
});

/** One photo's caption, marker and credit removed from `text`. */
export const CaptionSchema = z.object({
  /** The caption without its marker (▲, 【사진】) and credit. */
  text: z.string().describe('The caption without its marker (▲, 【사진】) and credit.'),
  /** The photo credit: `연합뉴스`, `김동원 기자`; null when none is printed. */
  credit: z.string().nullable().describe('The photo credit: 연합뉴스, 김동원 기자; null when none is printed.'),
  /** The image's absolute URL (resolved against `options.url`), or null. */
  imageUrl: z.string().nullable().describe("The image's absolute URL (resolved against options.url), or null."),
});

/** Who spoke, as the article introduces them: name and role, before their kind is told. */
const SpeakerFields = z.object({
  /** The full name (`허성욱`), or null for an unnamed source or an organization. */
  name: z.string().nullable().describe('The full name (허성욱), or null for an unnamed source or an organization.'),
  /** The role as the article gives it: `NIPA 원장`, `업계 관계자`. */
  role: z.string().nullable().describe('The role as the article gives it: NIPA 원장, 업계 관계자.'),
  /** The organization part of the role: `NIPA`. */
  organization: z.string().nullable().describe('The organization part of the role: NIPA.'),
  /** The title part of the role: `원장`. */
  title: z.string().nullable().describe('The title part of the role: 원장.'),
});

/**
 * What sort of speaker it is (the contract's table "Who the speaker is, by kind"):
 * `person` (`허성욱`, or a surname `윤` with its title), `anonymized` (`A씨`, `김모 씨`),
 * `anonymous` (no name, a descriptor: `경찰 관계자`), `organization` (`코레일은`),
 * `group` (`주민들은`).
 */
export const SpeakerKindSchema = z.enum(['person', 'anonymized', 'anonymous', 'organization', 'group']);

/** Who spoke, with the kind of speaker they are. */
export const SpeakerSchema = SpeakerFields.extend({
  /** What sort of speaker: `person`, `anonymized` (`A씨`, `김모 씨`), `anonymous` (`경찰 관계자`), `organization` (`코레일`) or `group` (`주민들`). */
  kind: SpeakerKindSchema.describe('What sort of speaker: person, anonymized (A씨, 김모 씨), anonymous (경찰 관계자), organization (코레일) or group (주민들).'),
});

/** Direct speech: the words inside the marks, who said them and how sure gisa is of that. */
export const QuoteSchema = z.object({
  /** The words inside the quote marks, marks removed. */
  text: z.string().min(1).describe('The words inside the quote marks, marks removed.'),
  /** Who said them, or null when no reader could tell. */
  speaker: SpeakerSchema.nullable().describe('Who said them, or null when no reader could tell.'),
  /** 0..1: how strong the evidence for the speaker is; low (and speaker null) when no reader could tell. */
  confidence: z.number().min(0).max(1).describe('0..1: how strong the evidence for the speaker is; low (and speaker null) when no reader could tell.'),
  /** The reporting verb or ending that marks the speech: `말했다`, `밝혔다`; null when none. */
  cue: z.string().nullable().describe('The reporting verb or ending that marks the speech: 말했다, 밝혔다; null when none.'),
  /** Where the quote stands: `headline`, `subheading`, `body` or `caption`. */
  location: z.enum(['headline', 'subheading', 'body', 'caption']).describe('Where the quote stands: headline, subheading, body or caption.'),
  /** Index into `paragraphs` for a body quote, else null. */
  paragraphIndex: z.number().int().nonnegative().nullable().describe('Index into paragraphs for a body quote, else null.'),
});

/** One distinct speaker with the number of quotes attributed to them. */
export const SpeakerSummarySchema = SpeakerSchema.extend({
  /** How many quotes are attributed to this speaker. */
  quoteCount: z.number().int().positive().describe('How many quotes are attributed to this speaker.'),
});

/** Anyone the article names together with a role. */
export const PersonSchema = z.object({
  /** The full name: `이호석`. */
  name: z.string().min(1).describe('The full name: 이호석.'),
  /** The role as the article gives it: `부산대병원 의료정보센터장`. */
  role: z.string().nullable().describe('The role as the article gives it: 부산대병원 의료정보센터장.'),
  /** The organization part of the role: `부산대병원`. */
  organization: z.string().nullable().describe('The organization part of the role: 부산대병원.'),
  /** The title part of the role: `의료정보센터장`. */
  title: z.string().nullable().describe('The title part of the role: 의료정보센터장.'),
});

/** Where the article came from and how gisa read it. */
export const SourceSchema = z.object({
  /** The input format, as given or sniffed: `html`, `markdown` or `text`. */
  format: z.enum(['html', 'markdown', 'text']).describe('The input format, as given or sniffed: html, markdown or text.'),
  /** The page's URL: `options.url`, else what the page states (og:url, canonical link, Markdown header). */
  url: z.string().nullable().describe("The page's URL: options.url, else what the page states (og:url, canonical link, Markdown header)."),
  /** The outlet's name as the page states it: `연합뉴스`. */
  siteName: z.string().nullable().describe("The outlet's name as the page states it: 연합뉴스."),
  /** The site adapter that read the page (`naver`, `yonhap`, yours), or null for the generic path. */
  adapter: z.string().nullable().describe('The site adapter that read the page (naver, yonhap, yours), or null for the generic path.'),
  /** The charset the bytes were decoded with; null when the input was a string or a parsed document. */
  charset: z.string().nullable().describe('The charset the bytes were decoded with; null when the input was a string or a parsed document.'),
});

/** What went wrong on usable input: a stable `code` to filter on and a `message` for people. */
export const WarningSchema = z.object({
  /** A stable code to filter on: `NO_HEADLINE`, `NOT_AN_ARTICLE`, `MOJIBAKE_REPAIRED` … */
  code: z.enum(Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]]).describe('A stable code to filter on: NO_HEADLINE, NOT_AN_ARTICLE, MOJIBAKE_REPAIRED …'),
  /** What happened, for people; the wording may change. */
  message: z.string().describe('What happened, for people; the wording may change.'),
});

/** The whole parsed article. */
export const ArticleSchema = z.object({
  /** The title as printed, with quote marks, `…` and `[단독]` kept and any site-name suffix removed. */
  headline: z.string().nullable().describe('The title as printed, with quote marks, … and [단독] kept and any site-name suffix removed.'),
  /** Deck lines (부제) and in-body section heads, in order. */
  subheadings: z.array(z.string()).describe('Deck lines (부제) and in-body section heads, in order.'),
  /** The section label the page shows: `포커스`, `정치`. */
  section: z.string().nullable().describe('The section label the page shows: 포커스, 정치.'),
  /** When the article was first published, ISO 8601 with offset (`+09:00` unless the page names another zone). */
  publishedAt: IsoStamp.nullable().describe('When the article was first published, ISO 8601 with offset (+09:00 unless the page names another zone).'),
  /** When it was last modified, ISO 8601 with offset, or null. */
  modifiedAt: IsoStamp.nullable().describe('When it was last modified, ISO 8601 with offset, or null.'),
  /** Every stamp found, in document order. */
  timestamps: z.array(TimestampSchema).describe('Every stamp found, in document order.'),
  /** The reporters; a photo credit alone is not a byline. */
  bylines: z.array(BylineSchema).describe('The reporters; a photo credit alone is not a byline.'),
  /** One per photo, in document order. */
  captions: z.array(CaptionSchema).describe('One per photo, in document order.'),
  /** The body, one string per paragraph, without stamps, captions, bylines, copyright or related-article lists. */
  paragraphs: z.array(z.string()).describe('The body, one string per paragraph, without stamps, captions, bylines, copyright or related-article lists.'),
  /** Direct speech, in document order. */
  quotes: z.array(QuoteSchema).describe('Direct speech, in document order.'),
  /** One entry per distinct speaker, with the number of their quotes. */
  speakers: z.array(SpeakerSummarySchema).describe('One entry per distinct speaker, with the number of their quotes.'),
  /** Everyone the article names together with a role, speakers or not. */
  people: z.array(PersonSchema).describe('Everyone the article names together with a role, speakers or not.'),
  /** Where the article came from and how gisa read it. */
  source: SourceSchema.describe('Where the article came from and how gisa read it.'),
  /** What could not be parsed cleanly, each with a stable code. */
  warnings: z.array(WarningSchema).describe('What could not be parsed cleanly, each with a stable code.'),
});

export type Timestamp = z.infer<typeof TimestampSchema>;
export type Byline = z.infer<typeof BylineSchema>;
export type Caption = z.infer<typeof CaptionSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
/** A speaker as attribution builds it, before its kind is told. */
export type SpeakerCore = z.infer<typeof SpeakerFields>;
/** A quote as attribution builds it, before kind and confidence are settled. */
export type QuoteCore = Omit<Quote, 'speaker' | 'confidence'> & { speaker: SpeakerCore | null; confidence?: number };
export type Quote = z.infer<typeof QuoteSchema>;
export type SpeakerSummary = z.infer<typeof SpeakerSummarySchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type { Warning, WarningCode } from './warnings.js';
/** The input formats gisa reads. */
export type Format = Source['format'];
