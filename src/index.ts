/**
 * gisa: one Korean news article in, one typed, validated `Article` out.
 *
 * @packageDocumentation
 */
export { parseArticle, safeParseArticle, type ParseInput } from './parse.js';
export type { CheerioDocument, HtmlDocument } from './html/document.js';
export { GisaError, isGisaError, type GisaErrorCode } from './errors.js';
export { DEFAULT_MAX_INPUT_BYTES, DEFAULT_TIME_ZONE, type ParseOptions } from './options.js';
export { ADAPTERS as BUILT_IN_ADAPTERS, defineAdapter, type SiteAdapter } from './sites/index.js';
export { WARNING_CODES, type Warning, type WarningCode } from './warnings.js';
export {
  ArticleSchema,
  BylineSchema,
  CaptionSchema,
  PersonSchema,
  QuoteSchema,
  SourceSchema,
  SpeakerSchema,
  SpeakerSummarySchema,
  TimestampSchema,
  WarningSchema,
  type Article,
  type Byline,
  type Caption,
  type Format,
  type Person,
  type Quote,
  type Source,
  type Speaker,
  type SpeakerSummary,
  type Timestamp,
} from './schema.js';
