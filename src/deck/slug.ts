// Slug of a deck's title, for the files named after it (`dist/<slug>.html`, `<slug>.pdf`).

/** Combining marks that NFKD splits off letters: `é` → `e` + U+0301. */
const RE_MARKS = /\p{M}+/gu;
const RE_NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const RE_EDGE_HYPHENS = /^-+|-+$/g;
/** Long enough for any title, short enough for every file system. */
const MAX_LENGTH = 80;

/**
 * Lower-case letters and digits of the title, runs of anything else as one `-`; accents dropped,
 * other scripts kept. `slides` when nothing is left.
 * @example slugify('Gitlab Runners Docker-in-Docker Explained') // 'gitlab-runners-docker-in-docker-explained'
 */
export function slugify(title: string): string {
  let slug = title.normalize('NFKD').replace(RE_MARKS, '').toLowerCase().replace(RE_NOT_LETTER_OR_DIGIT, '-').replace(RE_EDGE_HYPHENS, '');
  if (slug.length > MAX_LENGTH) {
    // Cut at a word boundary when there is one in reach (before its hyphen); else at the limit,
    // where no hyphen is (none lies past the middle).
    const cut = slug.lastIndexOf('-', MAX_LENGTH);
    slug = slug.slice(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH);
  }
  return slug || 'slides';
}
