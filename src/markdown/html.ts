import { Parser } from 'htmlparser2';
import { isPageLink, pushText, type Marks, type Token } from './tokens.js';

// Never text a reader sees.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas', 'select', 'textarea', 'button', 'head', 'title', 'nav']);
// Elements that start a new line of text.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Reads the raw HTML a Markdown document carries (`<figure>`, `<br>`, `<p>`, a stray
 * `<div>`) into tokens. One reader serves one paragraph, so that an inline `<em>` opened
 * in one HTML node still marks the text up to its `</em>` in a later node.
 */
export class HtmlReader {
  private skip = 0;
  private italic = 0;
  private strong = 0;
  private caption = 0;
  private readonly hrefs: Array<string | null> = [];

  constructor(private readonly out: Token[]) {}

  /** The marks in force for text read now (Markdown marks from outside included). */
  marks(outer: Marks): Marks {
    const href = this.hrefs[this.hrefs.length - 1] ?? null;
    return {
      link: outer.link || (href !== null && isPageLink(href)),
      href: outer.href ?? href,
      italic: outer.italic || this.italic > 0,
      strong: outer.strong || this.strong > 0,
      caption: outer.caption || this.caption > 0,
    };
  }

  /** Whether text read now is hidden (inside `<script>`, `<style>` …). */
  get skipping(): boolean {
    return this.skip > 0;
  }

  /** Reads one HTML node's source; `outer` are the Markdown marks around it. */
  feed(html: string, outer: Marks): void {
    const parser = new Parser(
      {
        onopentag: (name, attrs) => this.open(name, attrs, outer),
        ontext: (text) => {
          if (!this.skip) pushText(this.out, text.replace(/[\r\n\t]+/g, ' '), this.marks(outer));
        },
        onclosetag: (name, implied) => {
          // A fragment's open element stays open for the nodes after it.
          if (!implied) this.close(name);
        },
      },
      { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
    );
    parser.write(html);
    parser.end();
  }

  private open(name: string, attrs: Record<string, string>, outer: Marks): void {
    if (SKIPPED.has(name)) {
      this.skip += 1;
      return;
    }
    if (this.skip) return;
    if (BLOCKS.has(name) || name === 'br') this.out.push({ type: 'break', hard: true });
    if (name === 'em' || name === 'i') this.italic += 1;
    else if (name === 'strong' || name === 'b') this.strong += 1;
    else if (name === 'figcaption') this.caption += 1;
    else if (name === 'a') this.hrefs.push(attrs.href ?? null);
    else if (name === 'img') {
      const src = [attrs.src, attrs['data-src'], attrs['data-original']].find((s) => s && !s.startsWith('data:')) ?? null;
      this.out.push({ type: 'image', alt: attrs.alt ?? attrs.title ?? '', url: src, href: this.marks(outer).href });
    }
  }

  private close(name: string): void {
    if (SKIPPED.has(name)) {
      this.skip = Math.max(0, this.skip - 1);
      return;
    }
    if (this.skip) return;
    if (name === 'em' || name === 'i') this.italic = Math.max(0, this.italic - 1);
    else if (name === 'strong' || name === 'b') this.strong = Math.max(0, this.strong - 1);
    else if (name === 'figcaption') this.caption = Math.max(0, this.caption - 1);
    else if (name === 'a') this.hrefs.pop();
    if (BLOCKS.has(name)) this.out.push({ type: 'break', hard: true });
  }
}
