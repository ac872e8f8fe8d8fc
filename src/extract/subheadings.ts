import { clean } from '../util/text.js';
import type { Layout } from './layout.js';

// Decoration before a deck line or crosshead: `◇`, `■`, `-`, `▶`.
const LEAD_MARK = /^[◇◆■□▣◈●○◎•·\-–—▶▷>▼]+\s*/;
const TRAIL_MARK = /\s*[◇◆■□▼]+$/;

/** Deck lines and in-body section heads, in order, without their decoration. */
export function extractSubheadings(layout: Layout): string[] {
  const out: string[] = [];
  layout.roles.forEach((role, i) => {
    if (role !== 'subheading') return;
    let text = clean((layout.blocks[i] as { text: string }).text).replace(LEAD_MARK, '').replace(TRAIL_MARK, '');
    const boxed = /^[<[]\s*([^<>[\]]+?)\s*[>\]]$/.exec(text);
    if (boxed) text = boxed[1] as string;
    if (text && !out.includes(text)) out.push(text);
  });
  return out;
}
