import type { BlockDocument } from '../../blocks.js';

// Enough text to tell the page's script; the first blocks hold the headline and the lead.
const SAMPLE_CHARS = 4000;
// Korean pages quote English names and terms; a fifth of Hangul letters is already Korean.
const HANGUL_SHARE = 0.2;

/**
 * Whether a document is a Korean page, whose stamps are read the Korean way (Seoul time,
 * Korean labels and orders). Hangul in the text says so; a page with
 * no Hangul is read as international whatever its `lang` says, since Korean CMSs often
 * print `lang="en"`. A document with no letters at all stays Korean, as before.
 *
 * @example
 * isKoreanDocument({ format: 'text', blocks: [{ kind: 'paragraph', text: 'Published June 14, 2013' }], meta: emptyMetadata(), adapter: null, warnings: [] })
 * // false
 */
export function isKoreanDocument(doc: Pick<BlockDocument, 'blocks' | 'meta' | 'adapter'>): boolean {
  let hangul = 0;
  let letters = 0;
  let seen = 0;
  const texts = [doc.meta.headline ?? '', ...doc.blocks.map((b) => b.text)];
  for (const text of texts) {
    if (seen >= SAMPLE_CHARS) break;
    const part = text.slice(0, SAMPLE_CHARS - seen);
    seen += part.length;
    for (const ch of part) {
      if (ch >= '가' && ch <= '힣') {
        hangul += 1;
        letters += 1;
      } else if (/\p{L}/u.test(ch)) letters += 1;
    }
  }
  // A site adapter matched by markup alone (Arc XP pages) says nothing of the language.
  if (!letters) return !!doc.adapter || !doc.meta.language || doc.meta.language.toLowerCase().startsWith('ko');
  return hangul / letters >= HANGUL_SHARE;
}
