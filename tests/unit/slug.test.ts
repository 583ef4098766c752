// slugify: the deck title as a file name.
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/deck/slug.ts';

describe('slugify', () => {
  it("names the talk's files", () => {
    expect(slugify('Gitlab Runners Docker-in-Docker Explained')).toBe('gitlab-runners-docker-in-docker-explained');
    expect(slugify('GitLab Runners: Docker-in-Docker Explained')).toBe('gitlab-runners-docker-in-docker-explained');
  });

  it('folds punctuation and spaces into single hyphens, none at the ends', () => {
    expect(slugify('  Hello,   World!  ')).toBe('hello-world');
    expect(slugify('C++ & Rust / 2024 -- a "tour"')).toBe('c-rust-2024-a-tour');
    expect(slugify('path/../to\\file.md')).toBe('path-to-file-md');
  });

  it('drops accents and keeps letters of other scripts', () => {
    expect(slugify('Café Crème à Noël')).toBe('cafe-creme-a-noel');
    expect(slugify('Докер в Докере')).toBe('докер-в-докере');
    expect(slugify('ﬁnal ①')).toBe('final-1');
  });

  it('falls back to `slides` when nothing is left', () => {
    expect(slugify('')).toBe('slides');
    expect(slugify('!!! ???')).toBe('slides');
  });

  it('stays under 80 characters, cut between words', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)*word$/);
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(80));
  });

  it('keeps a slug of exactly 80 characters whole, and cuts a longer one at its last whole word', () => {
    const eighty = `${'abcdef '.repeat(11)}abc`.trim();
    expect(slugify(eighty)).toHaveLength(80);
    expect(slugify(eighty)).toBe(eighty.replace(/ /g, '-'));
    // Words of six letters: the 80th character falls inside a word.
    expect(slugify('abcdef '.repeat(20))).toBe(Array(11).fill('abcdef').join('-'));
  });

  it('cuts at 80 characters when no word ends past the middle', () => {
    expect(slugify(`ab ${'x'.repeat(100)}`)).toBe(`ab-${'x'.repeat(77)}`);
    // A word ending exactly at the middle is not in reach either.
    expect(slugify(`${'a'.repeat(40)} ${'y'.repeat(100)}`)).toBe(`${'a'.repeat(40)}-${'y'.repeat(39)}`);
  });
});
