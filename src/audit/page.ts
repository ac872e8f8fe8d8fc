/**
 * The audit page of one article: the text as gisa read it with every extracted item
 * wrapped in an element that says what it is (`data-gisa`), and a side panel with the
 * fields, the quotes and the warnings. All input text is escaped; see `shell.ts` for the
 * policy that keeps the page from loading or running anything.
 */
import type { Article, Quote, Timestamp } from '../schema.js';
import { attr, escapeHtml } from './escape.js';
import { placeMarks, type Block, type Mark, type Placement } from './marks.js';
import { renderShell } from './shell.js';
import { colourOfQuote, LOW_CONFIDENCE, speakerKey, speakerLabel, speakerLegend, type LegendEntry } from './speakers.js';

/** Options of the page. */
export interface AuditPageOptions {
  /** What the page is of, shown in its header and title (a file name, a URL). */
  name?: string;
  /** Link target of the header's "back to the index" link; none when absent. */
  indexHref?: string;
}

interface Context {
  article: Article;
  placement: Placement;
  colours: string[];
}

function quoteAttrs(quote: Quote, index: number, ctx: Context): string {
  const low = quote.confidence < LOW_CONFIDENCE;
  const mention = ctx.placement.mentionOf[index];
  return (
    ` id="q${index}" class="${ctx.colours[index] ?? 's-none'}${low ? ' low' : ''}" data-gisa="quote"` +
    attr('data-speaker', speakerLabel(quote.speaker)) +
    attr('data-kind', quote.speaker?.kind ?? 'none') +
    attr('data-confidence', quote.confidence) +
    attr('data-mention', mention ? `m${mention.quotes[0]}` : null) +
    attr('title', `${speakerLabel(quote.speaker)} · ${quote.speaker?.kind ?? 'no speaker'} · confidence ${quote.confidence}`)
  );
}

/** The element of one mark around its already rendered content. */
function renderMark(mark: Mark, inner: string, ctx: Context): string {
  const first = mark.quotes[0] as number;
  const quote = ctx.article.quotes[first] as Quote;
  if (mark.kind === 'quote') return `<span${quoteAttrs(quote, first, ctx)}>${inner}</span>`;
  const label = speakerLabel(quote.speaker);
  return (
    `<a id="m${first}" class="${ctx.colours[first] ?? 's-none'}" data-gisa="speaker-mention" href="#q${first}"` +
    attr('data-speaker', label) +
    attr('data-quotes', mark.quotes.map((q) => `q${q}`).join(' ')) +
    attr('title', `${label}: speaker of ${mark.quotes.map((q) => `q${q}`).join(', ')}`) +
    `>${inner}</a>`
  );
}

/**
 * `text[from, to)` with its marks as elements, everything else escaped. `marks` are
 * sorted by start, the longer first, so the marks a mark holds follow it directly.
 */
function renderRange(text: string, marks: readonly Mark[], from: number, to: number, ctx: Context): string {
  let out = '';
  let at = from;
  for (let i = 0; i < marks.length; ) {
    const mark = marks[i] as Mark;
    let inner = i + 1;
    while (inner < marks.length && (marks[inner] as Mark).end <= mark.end) inner += 1;
    const content = renderRange(text, marks.slice(i + 1, inner), mark.start, mark.end, ctx);
    out += escapeHtml(text.slice(at, mark.start)) + renderMark(mark, content, ctx);
    at = mark.end;
    i = inner;
  }
  return out + escapeHtml(text.slice(at, to));
}

function renderBlock(target: Block, ctx: Context): string {
  return renderRange(target.text, target.marks, 0, target.text.length, ctx);
}

function renderStamp(stamp: Timestamp): string {
  const label = stamp.label ? `${escapeHtml(stamp.label)} ` : '';
  return `<span class="stamp">${label}<time data-gisa="stamp"${attr('data-kind', stamp.kind)}${attr('datetime', stamp.iso)}${attr('title', stamp.iso ?? 'no ISO time')}>${escapeHtml(stamp.raw)}</time></span>`;
}

function renderArticleText(ctx: Context): string {
  const { article, placement } = ctx;
  const parts: string[] = ['<article>'];
  if (article.section !== null) parts.push(`<p class="meta"><span data-gisa="section">${escapeHtml(article.section)}</span></p>`);
  parts.push(placement.headline ? `<h1 data-gisa="headline">${renderBlock(placement.headline, ctx)}</h1>` : '<h1 class="muted">(no headline found)</h1>');
  for (const sub of placement.subheadings) parts.push(`<p data-gisa="subheading">${renderBlock(sub, ctx)}</p>`);
  const meta = [...article.timestamps.map(renderStamp), ...article.bylines.map(renderByline)];
  if (meta.length) parts.push(`<p class="meta">${meta.join(' · ')}</p>`);
  placement.paragraphs.forEach((p, i) => parts.push(`<p id="p${i}">${renderBlock(p, ctx)}</p>`));
  if (article.paragraphs.length === 0) parts.push('<p class="muted">(no paragraphs found)</p>');
  if (article.captions.length) {
    parts.push('<h2>Photos</h2>');
    article.captions.forEach((caption, i) => {
      const image = caption.imageUrl ? `image: ${escapeHtml(caption.imageUrl)}` : 'image: (no URL)';
      const credit = caption.credit ? ` <span data-gisa="credit">${escapeHtml(caption.credit)}</span>` : '';
      parts.push(`<figure><div class="image">${image}</div><figcaption><span data-gisa="caption">${renderBlock(placement.captions[i] as Block, ctx)}</span>${credit}</figcaption></figure>`);
    });
  }
  if (placement.unplaced.length) {
    parts.push('<h2>Quotes not found in the text</h2><ul>');
    for (const i of placement.unplaced) {
      const quote = article.quotes[i] as Quote;
      parts.push(`<li>${escapeHtml(quote.location)}: <span${quoteAttrs(quote, i, ctx)}>${escapeHtml(quote.text)}</span></li>`);
    }
    parts.push('</ul>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

function renderByline(byline: Article['bylines'][number]): string {
  const text = [byline.name, byline.title, byline.email].filter((s): s is string => s !== null).join(' ');
  return `<span data-gisa="byline">${escapeHtml(text)}</span>`;
}

function row(name: string, value: string | null): string {
  return `<tr><th scope="row">${escapeHtml(name)}</th><td>${value === null ? '<span class="muted">null</span>' : escapeHtml(value)}</td></tr>`;
}

/** The raw stamp a time was read from: the first stamp of that kind with the same ISO time. */
function rawOf(article: Article, kind: Timestamp['kind'], iso: string | null): string | null {
  if (iso === null) return null;
  const stamp = article.timestamps.find((t) => t.kind === kind && t.iso === iso);
  return stamp ? `${iso} (from “${[stamp.label, stamp.raw].filter(Boolean).join(' ')}”)` : iso;
}

function renderFields(article: Article): string {
  const s = article.source;
  const rows = [
    row('headline', article.headline),
    row('section', article.section),
    row('publishedAt', rawOf(article, 'published', article.publishedAt)),
    row('modifiedAt', rawOf(article, 'modified', article.modifiedAt)),
    row('timestamps', article.timestamps.map((t) => `${t.kind}: ${[t.label, t.raw].filter(Boolean).join(' ')} → ${t.iso ?? 'null'}`).join('; ') || null),
    row('bylines', article.bylines.map((b) => [b.name, b.title, b.email].filter(Boolean).join(' ')).join('; ') || null),
    row('subheadings', String(article.subheadings.length)),
    row('paragraphs', String(article.paragraphs.length)),
    row('captions', String(article.captions.length)),
    row('source.format', s.format),
    row('source.url', s.url),
    row('source.siteName', s.siteName),
    row('source.adapter', s.adapter),
    row('source.charset', s.charset),
  ];
  return `<h2>Fields</h2>\n<table class="fields">${rows.join('')}</table>`;
}

function renderLegend(legend: readonly LegendEntry[]): string {
  if (legend.length === 0) return '';
  const items = legend.map(
    (e) =>
      `<li><span class="swatch ${e.colour}"></span> ${escapeHtml(e.label)}${e.role && e.role !== e.label ? ` (${escapeHtml(e.role)})` : ''}` +
      ` · ${escapeHtml(e.kind ?? 'no speaker')} · ${e.quotes.length} quote${e.quotes.length === 1 ? '' : 's'}</li>`,
  );
  return `<h2>Speakers</h2>\n<ul class="legend">${items.join('')}</ul>`;
}

function renderQuoteTable(ctx: Context): string {
  const { article } = ctx;
  if (article.quotes.length === 0) return '<h2>Quotes</h2>\n<p class="muted">No quotes.</p>';
  const head = '<tr><th>#</th><th>text</th><th>speaker</th><th>role</th><th>kind</th><th>conf.</th><th>cue</th><th>where</th></tr>';
  const rows = article.quotes.map((q, i) => {
    const where = q.location === 'body' && q.paragraphIndex !== null ? `body ¶${q.paragraphIndex}` : q.location;
    const low = q.confidence < LOW_CONFIDENCE ? ' ⚠' : '';
    return (
      `<tr><td class="num"><a href="#q${i}">q${i}</a></td><td>${escapeHtml(q.text)}</td>` +
      `<td><span class="swatch ${ctx.colours[i] ?? 's-none'}"></span> ${escapeHtml(speakerLabel(q.speaker))}</td>` +
      `<td>${escapeHtml(q.speaker?.role ?? '')}</td><td>${escapeHtml(q.speaker?.kind ?? '')}</td>` +
      `<td class="num">${q.confidence}${low}</td><td>${escapeHtml(q.cue ?? '')}</td><td>${escapeHtml(where)}</td></tr>`
    );
  });
  return `<h2>Quotes (${article.quotes.length})</h2>\n<table class="quotes"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}

function renderWarnings(article: Article): string {
  if (article.warnings.length === 0) return '<h2>Warnings</h2>\n<p class="muted">None.</p>';
  return `<h2>Warnings (${article.warnings.length})</h2>\n<ul class="warnings">${article.warnings.map((w) => `<li><code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`).join('')}</ul>`;
}

/**
 * The audit page of an article gisa already parsed: a complete, self-contained HTML
 * document (see {@link renderAudit} to parse and render in one call).
 *
 * @example
 * const html = renderArticleAudit(parseArticle(page), { name: 'awc-2024-seoul.txt' });
 * html.includes('data-gisa="headline"') // true
 */
export function renderArticleAudit(article: Article, options: AuditPageOptions = {}): string {
  const legend = speakerLegend(article);
  const colours = colourOfQuote(legend, article.quotes.length);
  const ctx: Context = { article, placement: placeMarks(article, article.quotes.map(speakerKey)), colours };
  const name = options.name ?? article.source.url ?? 'article';
  const back = options.indexHref ? ` · <a${attr('href', options.indexHref)}>all articles</a>` : '';
  const body = [
    `<header><p>gisa audit · ${escapeHtml(name)}${back}</p></header>`,
    renderArticleText(ctx),
    `<aside>${renderFields(article)}\n${renderLegend(legend)}\n${renderQuoteTable(ctx)}\n${renderWarnings(article)}</aside>`,
  ].join('\n');
  return renderShell({ title: `gisa audit: ${article.headline ?? name}`, body });
}
