// The file names `npm run images` gives each printed page: the slide's number and title, and the
// step for a slide shown in steps (`03-why-docker-in-docker.png`, `05-2-gitlab-ci-services.png`).
import { slugify } from '../../deck/slug.ts';
import type { OutlineEntry } from '../../deck/types.ts';
import type { PrintedPage } from '../../site/print-view.ts';

/** A slug short enough to keep a whole name readable in a file list. */
const MAX_TITLE = 50;

/**
 * Each page's file name, in print order. Slides are numbered from 1 in the order they are shown,
 * padded to the widest number; a slide printed at more than one step numbers its steps from 1.
 */
export function imageNames(pages: PrintedPage[], outline: OutlineEntry[]): string[] {
  const order = [...new Set(pages.map((page) => page.slide))];
  const width = Math.max(2, String(order.length).length);
  const steps = new Map<string, number>();
  for (const page of pages) steps.set(page.slide, (steps.get(page.slide) ?? 0) + 1);
  const titles = new Map(outline.map((entry) => [`${entry.h}/${entry.v}`, entry.title]));
  return pages.map((page) => {
    const number = String(order.indexOf(page.slide) + 1).padStart(width, '0');
    const slug = shorten(slugify(titles.get(page.slide) ?? ''));
    const step = (steps.get(page.slide) ?? 1) > 1 ? `-${page.step + 1}` : '';
    return `${number}${step}${slug && slug !== 'slides' ? `-${slug}` : ''}.png`;
  });
}

/** The slug cut at a word's end before MAX_TITLE, or at MAX_TITLE when one word is longer. */
function shorten(slug: string): string {
  if (slug.length <= MAX_TITLE) return slug;
  const cut = slug.lastIndexOf('-', MAX_TITLE);
  return slug.slice(0, cut > 0 ? cut : MAX_TITLE);
}
