import type { Block, Metadata } from '../blocks.js';
import { isBoilerplate, isEndOfBody } from '../extract/boilerplate.js';
import { isProse } from '../extract/layout.js';
import { skeleton } from '../util/text.js';

// Between a title and the deck heading under it stand stamps and labels, not text.
const TITLE_LOOKBACK_LINES = 15;
const TITLE_LOOKBACK_TEXT = 2;

/** A heading that can be a headline: some length, several words, no widget label. */
function substantial(block: Block): boolean {
  const { text } = block;
  return text.length >= 10 && text.includes(' ') && !isBoilerplate(text) && !isEndOfBody(text) && !/\s[>›»]\s/.test(text);
}

function firstProse(blocks: readonly Block[]): number {
  const at = blocks.findIndex((b) => b.kind !== 'heading' && b.kind !== 'caption' && isProse(b.text));
  return at === -1 ? blocks.length : at;
}

/**
 * Finds the page title among the blocks and marks it `headline`, then drops the other
 * copies of it (pages print the title twice, crawlers add it again).
 *
 * - With a title in the header (`Title:`, front matter) the block equal to it is left for
 *   the layout pass to match; a block the title merely contains (the title carries a site
 *   name) is marked.
 * - Without one, crawled pages have several H1s (the site logo is one). The title is the
 *   substantial heading nearest above the first prose, or the heading of higher rank
 *   just above that one (a `## deck` under a `# title`).
 */
export function markHeadline(blocks: Block[], meta: Metadata): Block[] {
  const limit = firstProse(blocks);
  let chosen = -1;
  let key = '';
  if (meta.headline) {
    key = skeleton(meta.headline);
    const exact = blocks.findIndex((b) => b.kind !== 'caption' && skeleton(b.text) === key);
    if (exact === -1) {
      chosen = blocks.findIndex((b, i) => {
        const k = skeleton(b.text);
        return i < limit && b.kind !== 'caption' && k.length >= key.length * 0.6 && key.includes(k);
      });
    } else key = skeleton((blocks[exact] as Block).text);
  } else {
    for (let i = limit - 1; i >= 0; i -= 1) {
      const b = blocks[i] as Block;
      if (b.kind === 'heading' && substantial(b)) {
        chosen = i;
        break;
      }
    }
    if (chosen !== -1) chosen = higherRankedAbove(blocks, chosen);
  }
  if (chosen !== -1) {
    const title = blocks[chosen] as Block;
    blocks[chosen] = { ...title, kind: 'headline' };
    key = skeleton(title.text);
  }
  if (!key) return blocks;
  // Other copies of the title are no deck, paragraph or crosshead.
  const kept = chosen !== -1 ? chosen : blocks.findIndex((b) => b.kind !== 'caption' && skeleton(b.text) === key);
  return blocks.filter((b, i) => i === kept || b.kind === 'caption' || skeleton(b.text) !== key);
}

function higherRankedAbove(blocks: readonly Block[], at: number): number {
  const level = (blocks[at] as Block).level ?? 1;
  let text = 0;
  for (let i = at - 1; i >= 0 && i >= at - TITLE_LOOKBACK_LINES && text <= TITLE_LOOKBACK_TEXT; i -= 1) {
    const b = blocks[i] as Block;
    if (b.kind !== 'heading') text += b.text.length >= 25 ? 1 : 0;
    else if ((b.level ?? 1) < level && substantial(b)) return i;
  }
  return at;
}
