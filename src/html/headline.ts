import type { Element } from 'domhandler';
import { stripSiteSuffix } from '../extract/headline.js';
import { clean, skeleton } from '../util/text.js';
import type { Measures } from './body.js';
import { textOf } from './dom.js';

/** The page's title candidates with site-name suffixes removed, best first, no repeats. */
export function titleCandidates(titles: readonly string[], siteName: string | null): string[] {
  const out: string[] = [];
  const site = siteName ? skeleton(siteName) : '';
  for (const title of titles) {
    const stripped = stripSiteSuffix(clean(title), siteName);
    // A title that is only the site's name (`<title>연합뉴스TV</title>`) names no article.
    if (!stripped || skeleton(stripped) === site || stripped.length < 4) continue;
    if (!out.includes(stripped)) out.push(stripped);
  }
  return out;
}

/**
 * The element that prints the headline: the first heading-like element whose text
 * matches one of the page's title candidates. Null when none does.
 */
export function findHeadlineElement(headings: readonly Element[], candidates: readonly string[], stats: Measures): Element | null {
  const keys = candidates.map(skeleton).filter((k) => k.length >= 4);
  if (!keys.length) return null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of headings) {
    if (['title', 'meta', 'script', 'style', 'body', 'html'].includes(el.name)) continue;
    // Measured text length first: containers of whole page parts are no headline.
    const length = stats.get(el)?.text ?? 0;
    if (length === 0 || length > 400) continue;
    const text = clean(textOf(el));
    if (!text || text.length > 300) continue;
    const key = skeleton(text);
    // Earlier candidates (JSON-LD, og:title) are better evidence than later ones (<title>).
    const score = Math.max(...keys.map((k, rank) => similarity(key, k) * (1 - 0.02 * rank)));
    // The innermost element wins ties: `<h2><span>title</span></h2>` prints the span.
    if (score > bestScore + 0.001 || (score >= bestScore && best && contains(best, el) && score > 0)) {
      bestScore = score;
      best = el;
    }
  }
  return bestScore >= 0.8 ? best : null;
}

function contains(outer: Element, inner: Element): boolean {
  for (let p = inner.parent; p; p = p.parent) if (p === outer) return true;
  return false;
}

/** 1 for equal keys, high when one contains the other and they are close in length. */
function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.includes(short)) return 0.85 + 0.15 * (short.length / long.length) - (short.length < 8 ? 0.2 : 0);
  return 0;
}
