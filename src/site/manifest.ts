// What a built site says about its deck, beside index.html as `deck.json`: the title and the
// outline, so a tool given a built site (the PDF export) needs neither the loader nor the slides.
import type { Deck, OutlineEntry } from '../deck/types.ts';

export const MANIFEST_FILE = 'deck.json';

export interface SiteManifest {
  title?: string;
  author?: string;
  description?: string;
  keywords?: string[];
  /** Leaf slides in the deck. */
  slides: number;
  outline: OutlineEntry[];
}

export function siteManifest(deck: Deck): SiteManifest {
  const { title, author, description, keywords } = deck.config;
  return { title, author, description, keywords, slides: deck.stacks.flat().length, outline: deck.outline };
}

/** A manifest read back from disk, or why it cannot be used (written by another version, edited). */
export function parseManifest(text: string): SiteManifest | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'is not JSON' };
  }
  if (!isRecord(value) || typeof value.slides !== 'number' || !Array.isArray(value.outline) || !value.outline.every(isOutlineEntry))
    return { error: 'has no slide count or outline' };
  const record = value;
  const str = (key: string) => (typeof record[key] === 'string' ? record[key] : undefined);
  const keywords = Array.isArray(record.keywords) ? record.keywords.filter((k): k is string => typeof k === 'string') : undefined;
  return {
    title: str('title'),
    author: str('author'),
    description: str('description'),
    keywords,
    slides: record.slides as number,
    outline: record.outline as OutlineEntry[],
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOutlineEntry(value: unknown): value is OutlineEntry {
  return (
    isRecord(value) &&
    typeof value.title === 'string' &&
    typeof value.heading === 'boolean' &&
    Number.isInteger(value.h) &&
    Number.isInteger(value.v) &&
    (value.id === undefined || typeof value.id === 'string')
  );
}
