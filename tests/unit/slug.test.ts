import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/deck/slug.ts';

describe('slugify', () => {
  it('names the talk\'s files from its title', () => {
    expect(slugify('Gitlab Runners Docker-in-Docker Explained')).toBe('gitlab-runners-docker-in-docker-explained');
  });
  it('drops accents and punctuation, keeps other scripts, never leaves edge dashes', () => {
    expect(slugify('Café: Ünïcode & CI!')).toBe('cafe-unicode-ci');
    expect(slugify('  --Ωmega 2026--  ')).toBe('ωmega-2026');
  });
  it('falls back to `slides` when nothing is left, and stays short', () => {
    expect(slugify('!!!')).toBe('slides');
    expect(slugify('')).toBe('slides');
    expect(slugify('a '.repeat(100)).length).toBeLessThanOrEqual(80);
    expect(slugify('a '.repeat(100))).not.toMatch(/-$/);
  });
});
