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
  kind: z.enum(['published', 'modified', 'other']),
  label: z.string().nullable(),
  raw: z.string(),
  iso: IsoStamp.nullable(),
});

/** A reporter: `{ name: '김동원', title: '기자', email: null }`. */
export const BylineSchema = z.object({
  name: z.string().min(1),
  title: z.string().nullable(),
  email: z.string().nullable(),
});

/** One photo's caption, marker and credit removed from `text`. */
export const CaptionSchema = z.object({
  text: z.string(),
  credit: z.string().nullable(),
  imageUrl: z.string().nullable(),
});

/** Who spoke, as the article introduces them: name and role, before their kind is told. */
const SpeakerFields = z.object({
  name: z.string().nullable(),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
});

/**
 * What sort of speaker it is (the contract's table "Who the speaker is, by kind"):
 * `person` (`허성욱`, or a surname `윤` with its title), `anonymized` (`A씨`, `김모 씨`),
 * `anonymous` (no name, a descriptor: `경찰 관계자`), `organization` (`코레일은`),
 * `group` (`주민들은`).
 */
export const SpeakerKindSchema = z.enum(['person', 'anonymized', 'anonymous', 'organization', 'group']);

/** Who spoke, with the kind of speaker they are. */
export const SpeakerSchema = SpeakerFields.extend({ kind: SpeakerKindSchema });

/** Direct speech: the words inside the marks, who said them and how sure gisa is of that. */
export const QuoteSchema = z.object({
  text: z.string().min(1),
  speaker: SpeakerSchema.nullable(),
  /** 0..1: how strong the evidence for the speaker is; low (and speaker null) when no reader could tell. */
  confidence: z.number().min(0).max(1),
  cue: z.string().nullable(),
  location: z.enum(['headline', 'subheading', 'body', 'caption']),
  paragraphIndex: z.number().int().nonnegative().nullable(),
});

/** One distinct speaker with the number of quotes attributed to them. */
export const SpeakerSummarySchema = SpeakerSchema.extend({
  quoteCount: z.number().int().positive(),
});

/** Anyone the article names together with a role. */
export const PersonSchema = z.object({
  name: z.string().min(1),
  role: z.string().nullable(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
});

/** Where the article came from and how gisa read it. */
export const SourceSchema = z.object({
  format: z.enum(['html', 'markdown', 'text']),
  url: z.string().nullable(),
  siteName: z.string().nullable(),
  adapter: z.string().nullable(),
  charset: z.string().nullable(),
});

/** What went wrong on usable input: a stable `code` to filter on and a `message` for people. */
export const WarningSchema = z.object({
  code: z.enum(Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]]),
  message: z.string(),
});

/** The whole parsed article. */
export const ArticleSchema = z.object({
  headline: z.string().nullable(),
  subheadings: z.array(z.string()),
  section: z.string().nullable(),
  publishedAt: IsoStamp.nullable(),
  modifiedAt: IsoStamp.nullable(),
  timestamps: z.array(TimestampSchema),
  bylines: z.array(BylineSchema),
  captions: z.array(CaptionSchema),
  paragraphs: z.array(z.string()),
  quotes: z.array(QuoteSchema),
  speakers: z.array(SpeakerSummarySchema),
  people: z.array(PersonSchema),
  source: SourceSchema,
  warnings: z.array(WarningSchema),
});

export type Timestamp = z.infer<typeof TimestampSchema>;
export type Byline = z.infer<typeof BylineSchema>;
export type Caption = z.infer<typeof CaptionSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type SpeakerKind = z.infer<typeof SpeakerKindSchema>;
/** A speaker as attribution builds it, before its kind is told. */
export type SpeakerCore = z.infer<typeof SpeakerFields>;
/** A quote as attribution builds it, before kind and confidence are settled. */
export type QuoteCore = Omit<Quote, 'speaker' | 'confidence'> & { speaker: SpeakerCore | null };
export type Quote = z.infer<typeof QuoteSchema>;
export type SpeakerSummary = z.infer<typeof SpeakerSummarySchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type { Warning, WarningCode } from './warnings.js';
/** The input formats gisa reads. */
export type Format = Source['format'];
