import { compile } from 'css-select';
import { z } from 'zod';
import { GisaError } from '../errors.js';
import type { SiteAdapter } from './types.js';

const Selectors = z.array(z.string().min(1, 'a selector may not be empty')).max(200).readonly().optional();

/** What a site adapter may hold; any other key is a mistake worth hearing about. */
export const SiteAdapterSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][\w.-]{0,63}$/, 'a short name of letters, digits, ., _ or - (for example "example-ilbo")'),
  hosts: z
    .array(z.string().regex(/^[a-z0-9.-]+$/i, 'a bare host name such as "news.example.com", without scheme or path'))
    .max(200)
    .readonly()
    .optional(),
  fingerprints: Selectors,
  headline: Selectors,
  deck: Selectors,
  crossheads: Selectors,
  section: Selectors,
  stamps: Selectors,
  bylines: Selectors,
  body: Selectors,
  captions: Selectors,
  remove: Selectors,
  script: z.enum(['fusion', 'next-flight']).optional(),
  metaQuirks: z.array(z.literal('dd-utc')).readonly().optional(),
});

const SELECTOR_FIELDS = ['fingerprints', 'headline', 'deck', 'crossheads', 'section', 'stamps', 'bylines', 'body', 'captions', 'remove'] as const;

// Adapters checked already: a pipeline passes the same array on every call.
const checked = new WeakSet<object>();

/**
 * Checks a site adapter of your own and returns it, typed. Pass the result in
 * `options.adapters` (tried before the built-in ones) or export it from a file for
 * `gisa --adapters FILE.js`.
 *
 * @throws {GisaError} `INVALID_OPTIONS` naming the field that is wrong, for example
 *   `adapter "example" body[0]: "div[" is not a CSS selector gisa can read`.
 * @example
 * const exampleIlbo = defineAdapter({
 *   name: 'example-ilbo',
 *   hosts: ['news.example.com'],
 *   headline: ['h1.article-title'],
 *   body: ['#article-body'],
 *   remove: ['.ad-box'],
 * });
 * parseArticle(html, { url: 'https://news.example.com/a/1', adapters: [exampleIlbo] }).source.adapter; // 'example-ilbo'
 */
export function defineAdapter(adapter: SiteAdapter): SiteAdapter {
  if (typeof adapter === 'object' && adapter !== null && checked.has(adapter)) return adapter;
  const result = SiteAdapterSchema.safeParse(adapter);
  const label = typeof (adapter as { name?: unknown } | null)?.name === 'string' ? `adapter "${(adapter as SiteAdapter).name}"` : 'adapter';
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') : 'itself';
    throw new GisaError('INVALID_OPTIONS', `${label} ${where}: ${issue?.message ?? 'is not a site adapter'}`);
  }
  for (const field of SELECTOR_FIELDS) {
    (result.data[field] ?? []).forEach((selector, i) => {
      try {
        compile(selector);
      } catch (error) {
        const why = error instanceof Error ? error.message : 'unreadable';
        throw new GisaError('INVALID_OPTIONS', `${label} ${field}[${i}]: ${JSON.stringify(selector)} is not a CSS selector gisa can read (${why})`);
      }
    });
  }
  const adapterOut = Object.freeze(result.data) as SiteAdapter;
  checked.add(adapterOut);
  checked.add(adapter);
  return adapterOut;
}
