import type { Block } from '../blocks.js';
import { isBoilerplate, isCopyright } from '../extract/boilerplate.js';
import { parseBylineLine } from '../extract/bylines.js';
import { isStampLine } from '../extract/dates/find-stamps.js';
import { isProse } from '../extract/layout.js';
import type { WalkedBlock } from './walk.js';

// Only to tell stamp lines (some pages print them under the article); no time is computed.
const STAMP_CONTEXT = { timeZone: 'Asia/Seoul', now: null };

function isBylineOrCopyright(text: string): boolean {
  return isCopyright(text) || (parseBylineLine(text)?.bylines.some((b) => b.title || b.email) ?? false);
}

/**
 * A crawled page goes on after the article: menus, the site's address and phone
 * numbers, company registration. The article ends after its last running text at the
 * first place where navigation was left out, or at a closing byline (`홍길동 기자
 * hong@…`) or copyright line. Short lines past that end are the site's footer and are
 * left out; captions, bylines and stamp lines stay. A list that directly follows the
 * last paragraph is still the article's.
 */
export function dropPageFooter(walked: readonly WalkedBlock[]): Block[] {
  let lastProse = -1;
  walked.forEach(({ block }, i) => {
    // A copyright line can read like a sentence; it is no running text.
    if ((block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'item') && isProse(block.text) && !isBoilerplate(block.text)) lastProse = i;
  });
  let end = walked.length;
  if (lastProse !== -1) {
    for (let i = lastProse + 1; i < walked.length; i += 1) {
      const w = walked[i] as WalkedBlock;
      if (w.afterGap) {
        end = i;
        break;
      }
      if (isBylineOrCopyright(w.block.text)) {
        end = i + 1;
        break;
      }
    }
  }
  return walked
    .filter(({ block }, i) => i < end || block.kind === 'caption' || isBylineOrCopyright(block.text) || isStampLine(block.text, STAMP_CONTEXT))
    .map((w) => w.block);
}
