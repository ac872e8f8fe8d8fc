import type { Metadata } from '../../blocks.js';
import type { Timestamp } from '../../schema.js';
import type { Layout } from '../layout.js';
import { findStamps } from './find-stamps.js';
import { inZone } from './in-zone.js';
import { pickInternational } from './international.js';
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
 * Korean pages are read in Seoul time; pages from abroad keep each stamp's own offset
 * and are decided by {@link pickInternational}.
 */
export function extractDates(layout: Layout, meta: Metadata, context: StampContext): Dates {
  // Abroad a stated offset is the page's own: the day it gives is the day the page printed.
  const zoned = (iso: string, raw: string) => (context.international ? iso : inZone(iso, raw, context.timeZone));
  const shown: Timestamp[] = [];
  layout.roles.forEach((role, i) => {
    if (role !== 'stamp') return;
    const block = layout.blocks[i] as { text: string; label?: string | null; datetime?: string | null };
    const found = findStamps(block.text, context);
    for (const stamp of found) {
      const { start: _s, end: _e, ...timestamp } = stamp;
      if (block.label && !timestamp.label) timestamp.label = block.label;
      if (timestamp.iso) timestamp.iso = zoned(timestamp.iso, timestamp.raw);
      shown.push(timestamp);
    }
    // `<time datetime=…>4 months ago</time>`: the machine stamp stands in for a text without a date.
    if (context.international && block.datetime && !found.some((s) => s.iso)) {
      const match = matchStamp(block.datetime, { ...context, compact: true });
      if (match?.iso) shown.push({ kind: found[0]?.kind ?? 'other', label: found[0]?.label ?? null, raw: match.raw, iso: match.iso });
    }
  });
  const fromMeta: Timestamp[] = [];
  for (const [raw, kind] of [
    [meta.published, 'published'],
    [meta.modified, 'modified'],
  ] as const) {
    if (!raw) continue;
    const match = matchStamp(raw, { ...context, compact: true });
    if (match) fromMeta.push({ kind, label: null, raw: match.raw, iso: match.iso && zoned(match.iso, match.raw) });
  }
  if (context.international) {
    // Date lines found by their markup's names rank after every walked stamp of their kind.
    const named = (meta.stampLines ?? []).flatMap((line) => findStamps(line, context).map(({ start: _s, end: _e, ...t }) => t));
    return { timestamps: [...shown, ...fromMeta], ...pickInternational([...shown, ...named], fromMeta, meta.url) };
  }
  const pick = (kind: Timestamp['kind']) =>
    shown.find((t) => t.kind === kind && t.iso)?.iso ?? null;
  const publishedAt = pick('published') ?? shown.find((t) => t.kind === 'other' && t.iso)?.iso ?? fromMeta.find((t) => t.kind === 'published')?.iso ?? null;
  const modifiedAt = pick('modified') ?? fromMeta.find((t) => t.kind === 'modified')?.iso ?? null;
  return { timestamps: [...shown, ...fromMeta], publishedAt, modifiedAt };
}
