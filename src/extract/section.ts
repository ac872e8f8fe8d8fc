import type { Metadata } from '../blocks.js';
import { clean } from '../util/text.js';
import { sectionLabel, type Layout } from './layout.js';

/** The section label the page shows (`포커스`, `정치`), else the metadata's section. */
export function extractSection(layout: Layout, meta: Metadata): string | null {
  const at = layout.roles.indexOf('section');
  if (at !== -1) {
    const label = sectionLabel((layout.blocks[at] as { text: string }).text);
    if (label) return label;
  }
  return meta.section ? clean(meta.section) || null : null;
}
