import type { Metadata } from '../../blocks.js';
import type { Timestamp } from '../../schema.js';
import type { Layout } from '../layout.js';
import { findStamps } from './find-stamps.js';
import { inZone } from './in-zone.js';
import { matchStamp, type StampContext } from './parse-stamp.js';

/** The article's stamps and the published and modified times chosen from them. */
export interface Dates {
  timestamps: Timestamp[];
  publishedAt: string | null;
  modifiedAt: string | null;
}

/**
 * Reads every stamp line (and the metadata's times) and picks publishedAt / modifiedAt:
 * the first labelled published / modified stamp the page shows, else an unlabelled
 * stamp line, else the metadata. Dates inside captions or body text are not stamps.
 */
export function extractDates(layout: Layout, meta: Metadata, context: StampContext): Dates {
  const shown: Timestamp[] = [];
  layout.roles.forEach((role, i) => {
    if (role !== 'stamp') return;
    const block = layout.blocks[i] as { text: string; label?: string | null; datetime?: string | null };
    for (const stamp of findStamps(block.text, context)) {
      const { start: _s, end: _e, ...timestamp } = stamp;
      if (block.label && !timestamp.label) timestamp.label = block.label;
      if (timestamp.iso) timestamp.iso = inZone(timestamp.iso, timestamp.raw, context.timeZone);
      shown.push(timestamp);
    }
  });
  const fromMeta: Timestamp[] = [];
  for (const [raw, kind] of [
    [meta.published, 'published'],
    [meta.modified, 'modified'],
  ] as const) {
    if (!raw) continue;
    const match = matchStamp(raw, { ...context, compact: true });
    if (match) fromMeta.push({ kind, label: null, raw: match.raw, iso: match.iso && inZone(match.iso, match.raw, context.timeZone) });
  }
  const pick = (kind: Timestamp['kind']) =>
    shown.find((t) => t.kind === kind && t.iso)?.iso ?? null;
  const publishedAt = pick('published') ?? shown.find((t) => t.kind === 'other' && t.iso)?.iso ?? fromMeta.find((t) => t.kind === 'published')?.iso ?? null;
  const modifiedAt = pick('modified') ?? fromMeta.find((t) => t.kind === 'modified')?.iso ?? null;
  return { timestamps: [...shown, ...fromMeta], publishedAt, modifiedAt };
}
