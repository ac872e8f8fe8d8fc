import { assemble } from './assemble.js';
import type { BlockDocument } from './blocks.js';
import { decodeInput } from './decode/index.js';
import { GisaError, isGisaError } from './errors.js';
import { describeValue } from './util/describe.js';
import { markdownToBlocks } from './markdown/index.js';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from './options.js';
import { ArticleSchema, type Article, type Format } from './schema.js';
import { sniffFormat } from './sniff/index.js';
import { copyDocument, documentRoot, type HtmlDocument } from './html/document.js';
import { documentToBlocks, htmlToBlocks } from './html/index.js';
import { textToBlocks } from './text/index.js';

type Frontend = (text: string, options: ResolvedOptions) => BlockDocument;

const FRONTENDS: Record<Format, Frontend> = {
  text: (text) => textToBlocks(text),
  markdown: (text) => markdownToBlocks(text),
  html: htmlToBlocks,
};

/**
 * What {@link parseArticle} reads: the page as a string, its bytes in any charset
 * (a `Uint8Array` or Node `Buffer`, an `ArrayBuffer`, any other typed array or `DataView`),
 * or a page parsed already (`cheerio.load(html)`, htmlparser2's `parseDocument(html)`).
 */
export type ParseInput = string | Uint8Array | ArrayBuffer | ArrayBufferView | HtmlDocument;

/**
 * Parses one Korean news article (HTML, Markdown or plain text; a string or bytes in
 * any charset) into a validated {@link Article}.
 *
 * @throws {GisaError} on unusable input (`EMPTY_INPUT`, `INPUT_TOO_LARGE`, `UNDECODABLE`,
 *   `INVALID_INPUT`, `INVALID_OPTIONS`); never anything else.
 * @example
 * const article = parseArticle('서울시, 새 버스 노선 발표\n입력 2024.06.13 14:36\n서울시는 13일 새 버스 노선 12개를 발표했다.');
 * article.headline;    // '서울시, 새 버스 노선 발표'
 * article.publishedAt; // '2024-06-13T14:36:00+09:00'
 */
export function parseArticle(input: ParseInput, options?: ParseOptions): Article {
  try {
    return run(input, options);
  } catch (error) {
    if (isGisaError(error)) throw error;
    const detail = describeValue(error);
    throw new GisaError('INTERNAL', `gisa failed on this input (${detail}); please report it`, { cause: error });
  }
}

/**
 * Like {@link parseArticle} but returns the error instead of throwing it.
 *
 * @example
 * const result = safeParseArticle('');
 * if (!result.success) result.error.code; // 'EMPTY_INPUT'
 */
export function safeParseArticle(
  input: ParseInput,
  options?: ParseOptions,
): { success: true; data: Article } | { success: false; error: GisaError } {
  try {
    return { success: true, data: parseArticle(input, options) };
  } catch (error) {
    return { success: false, error: error as GisaError };
  }
}

function run(input: ParseInput, options: ParseOptions | undefined): Article {
  const resolved = resolveOptions(options);
  const root = documentRoot(input);
  if (root) return validate(assemble(documentToBlocks(copyDocument(root, resolved.maxInputBytes), resolved), resolved, { charset: null, warnings: [] }));
  const decoded = decodeInput(input, resolved);
  const format = resolved.format === 'auto' ? sniffFormat(decoded.text) : resolved.format;
  const doc = FRONTENDS[format](decoded.text, resolved);
  return validate(assemble(doc, resolved, decoded));
}

function validate(article: Article): Article {
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    throw new GisaError('INTERNAL', `gisa built an Article that fails its schema: ${checked.error.issues[0]?.message ?? ''}`);
  }
  return checked.data;
}
