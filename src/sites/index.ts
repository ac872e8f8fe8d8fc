import type { CheerioAPI } from 'cheerio';
import type { SiteAdapter } from './types.js';

/** Every site adapter gisa knows, most specific first. */
export const ADAPTERS: readonly SiteAdapter[] = [];

/**
 * The adapter for a page: by the URL's host when there is one, else by a markup
 * fingerprint. Null when no adapter fits (the generic path reads the page).
 */
export function pickAdapter(url: string | null, $: CheerioAPI): SiteAdapter | null {
  const host = hostOf(url);
  if (host) {
    const byHost = ADAPTERS.find((a) => a.hosts?.some((h) => host === h || host.endsWith(`.${h}`)));
    if (byHost) return byHost;
  }
  return ADAPTERS.find((a) => a.fingerprints?.some((selector) => $(selector).length > 0)) ?? null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export type { SiteAdapter } from './types.js';
