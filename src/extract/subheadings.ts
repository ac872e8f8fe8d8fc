import { clean, trimEndOf, WHITE_SPACE } from '../util/text.js';
import type { Layout } from './layout.js';

// Decoration before a deck line or crosshead: `◇`, `■`, `-`, `▶`.
const LEAD_MARK = /^[◇◆■□▣◈●○◎•·\-–—▶▷>▼]+\s*/;

/** Deck lines and in-body section heads, in order, without their decoration. */
export function extractSubheadings(layout: Layout): string[] {
  const out: string[] = [];
  // A Set beside the list: `out.includes` made a page of many short heads quadratic.
  const seen = new Set<string>();
  layout.roles.forEach((role, i) => {
    if (role !== 'subheading') return;
    let text = clean((layout.blocks[i] as { text: string }).text).replace(LEAD_MARK, '');
    text = trimEndOf(text, `◇◆■□▼${WHITE_SPACE}`);
    // `[현장]`, `<쟁점>`: a head in a box is the words inside it.
    if (/^[<[]/.test(text) && /[>\]]$/.test(text)) {
      const inner = text.slice(1, -1);
      if (inner && !/[<>[\]]/.test(inner)) text = inner.trim();
    }
    if (text && !seen.has(text)) {
      seen.add(text);
      out.push(text);
    }
  });
  return out;
}
