import type { Element } from 'domhandler';
import { rawText } from './dom.js';
import { parseLoose } from './jsonld.js';

/** An article read from script data when the page's DOM has no rendered body. */
export interface ScriptArticle {
  headline: string | null;
  deck: string[];
  /** Stamp strings as `label value`, e.g. `입력 2023-04-11T02:58:47.712Z`. */
  stamps: string[];
  bylines: string[];
  section: string | null;
  /** The body as HTML, to be walked like a rendered body. */
  bodyHtml: string;
}

/** Reads the article from the page's scripts, in the form `kind` names (`fusion`, `next-flight`). */
export function readScriptArticle(scripts: readonly Element[], kind: 'fusion' | 'next-flight'): ScriptArticle | null {
  return kind === 'fusion' ? readFusion(scripts) : readNextFlight(scripts);
}

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** Arc XP (Chosun): `Fusion.globalContent={…};Fusion.globalContentConfig=…` in `script#fusion-metadata`. */
function readFusion(scripts: readonly Element[]): ScriptArticle | null {
  const source = scripts.map(rawText).find((code) => code.includes('Fusion.globalContent=')) ?? '';
  const start = source.indexOf('Fusion.globalContent=');
  if (start === -1) return null;
  const json = balancedObject(source, source.indexOf('{', start));
  const data = obj(json ? parseLoose(json) : null);
  const elements = arr(data.content_elements);
  if (!elements.length) return null;
  const body: string[] = [];
  for (const item of elements.slice(0, 2000)) {
    const el = obj(item);
    if (el.type === 'text' || el.type === 'header') {
      const content = str(el.content);
      if (content) body.push(el.type === 'header' ? `<h3>${content}</h3>` : `<p>${content}</p>`);
    } else if (el.type === 'image') {
      const caption = str(el.caption) ?? '';
      body.push(`<figure><img src="${escapeAttr(str(el.url) ?? '')}"><figcaption>${escapeText(caption)}</figcaption></figure>`);
    } else if (el.type === 'list') {
      for (const li of arr(el.items)) {
        const content = str(obj(li).content);
        if (content) body.push(`<p>${content}</p>`);
      }
    }
  }
  const promo = obj(obj(data.promo_items).basic);
  if (promo.type === 'image' && str(promo.caption)) {
    body.unshift(`<figure><img src="${escapeAttr(str(promo.url) ?? '')}"><figcaption>${escapeText(str(promo.caption) ?? '')}</figcaption></figure>`);
  }
  const bylines = arr(obj(data.credits).by).map((by) => {
    const original = obj(obj(obj(by).additional_properties).original);
    const line = str(original.byline) ?? str(obj(by).name);
    const email = str(original.email);
    return line ? (email ? `${line} ${email}` : line) : null;
  });
  const published = str(data.first_publish_date) ?? str(data.display_date);
  const modified = str(data.last_updated_date);
  return {
    headline: str(obj(data.headlines).basic),
    deck: splitLines(str(obj(data.subheadlines).basic)),
    stamps: [published ? `입력 ${published}` : null, modified ? `수정 ${modified}` : null].filter((s): s is string => !!s),
    bylines: bylines.filter((b): b is string => !!b),
    section: str(obj(obj(data.taxonomy).primary_section).name),
    bodyHtml: body.join('\n'),
  };
}

/**
 * Next.js App Router flight data (Hankook Ilbo 2026): `self.__next_f.push([1,"…"])`
 * chunks hold the article's `detail` JSON; its `contentHtml` may point (`$24`) to a
 * text row `24:T<hex bytes>,` elsewhere in the stream.
 */
function readNextFlight(scripts: readonly Element[]): ScriptArticle | null {
  let stream = '';
  for (const el of scripts) {
    const code = rawText(el);
    if (!code.includes('self.__next_f.push')) continue;
    const re = /self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.){0,2000000}")\]\)/g;
    for (let m = re.exec(code); m; m = re.exec(code)) {
      try {
        stream += JSON.parse(m[1] as string) as string;
      } catch {
        // a chunk that is not a JSON string: skip it
      }
    }
  }
  const at = stream.indexOf('"detail":{');
  if (at === -1) return null;
  const json = balancedObject(stream, at + '"detail":'.length);
  const detail = obj(json ? parseLoose(json) : null);
  let content = str(detail.contentHtml) ?? '';
  const ref = /^\$([0-9a-f]{1,6})$/i.exec(content);
  if (ref) content = textRow(stream, ref[1] as string) ?? '';
  if (!content) return null;
  const bylines = arr(detail.byLines).map((b) => {
    const by = obj(b);
    const name = str(by.writerName) ?? str(by.manualWriterName);
    if (!name) return null;
    return [name, str(by.writerJobName) ?? '기자', str(by.writerEmail)].filter(Boolean).join(' ');
  });
  const published = str(detail.deployDt) ?? str(detail.firstDeployDt);
  const modified = str(detail.reDeployDt) ?? str(detail.updateDt);
  return {
    headline: str(detail.title),
    deck: splitLines(str(detail.subTitle)),
    stamps: [published ? `입력 ${published}` : null, modified && modified !== published ? `수정 ${modified}` : null].filter((s): s is string => !!s),
    bylines: bylines.filter((b): b is string => !!b),
    section: str(detail.sectionName),
    bodyHtml: content.replace(/\$\$[A-Z_]{1,40}\$\$/g, ''),
  };
}

/** The text of RSC row `id` (`24:T1b7b,<0x1b7b UTF-8 bytes>`), or null. */
function textRow(stream: string, id: string): string | null {
  const header = new RegExp(`(?:^|\\n)${id}:T([0-9a-f]{1,8}),`);
  const m = header.exec(stream);
  if (!m) return null;
  let bytes = parseInt(m[1] as string, 16);
  let i = m.index + m[0].length;
  const start = i;
  while (bytes > 0 && i < stream.length) {
    const c = stream.codePointAt(i) as number;
    bytes -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c >= 0x10000 ? 2 : 1;
  }
  return stream.slice(start, i);
}

/** The JSON object starting at `start` (`{` … matching `}`), strings respected; null if unbalanced. */
export function balancedObject(text: string, start: number): string | null {
  if (start < 0 || text[start] !== '{') return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{') depth += 1;
    else if (ch === '}') {
      depth -= 1;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}

function splitLines(html: string | null): string[] {
  if (!html) return [];
  return html
    .split(/<br\s*\/?>|\n/i)
    .map((l) => l.replace(/<[^<>]{0,200}>/g, '').trim())
    .filter(Boolean);
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
