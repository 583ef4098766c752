// A file name from a deck's title: `Gitlab Runners Docker-in-Docker Explained` → `gitlab-runners-docker-in-docker-explained`.
const RE_MARKS = /\p{M}+/gu;
const RE_NOT_WORD = /[^\p{L}\p{N}]+/gu;
const RE_EDGE_DASH = /^-+|-+$/g;

/**
 * Lower-case letters and digits joined by single dashes; accents dropped; `slides` when nothing is left.
 * @example slugify('Café: Ünïcode & CI!') === 'cafe-unicode-ci'
 */
export function slugify(title: string): string {
  const slug = title.normalize('NFKD').replace(RE_MARKS, '').toLowerCase().replace(RE_NOT_WORD, '-').replace(RE_EDGE_DASH, '');
  return slug.slice(0, 80).replace(RE_EDGE_DASH, '') || 'slides';
}
