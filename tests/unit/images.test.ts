// `npm run images`: the pictures' names and the tool's options.
import { describe, expect, it } from 'vitest';
import { imageNames } from '../../src/tools/images/names.ts';
import { parseImagesArgs } from '../../src/tools/images/options.ts';

describe("the pictures' names", () => {
  const outline = [
    { title: 'Why Docker-in-Docker?', heading: true, h: 0, v: 0 },
    { title: '.gitlab-ci.yml', heading: true, h: 1, v: 0 },
    { title: 'Slide 2.2', heading: false, h: 1, v: 1 },
  ];
  it('number each slide and, for a slide in steps, each step, with the title as a slug', () => {
    const pages = [
      { slide: '0/0', step: 0, pages: 1 },
      { slide: '1/0', step: 0, pages: 1 },
      { slide: '1/0', step: 1, pages: 1 },
      { slide: '1/1', step: 0, pages: 1 },
    ];
    expect(imageNames(pages, outline)).toEqual(['01-why-docker-in-docker.png', '02-1-gitlab-ci-yml.png', '02-2-gitlab-ci-yml.png', '03-slide-2-2.png']);
  });

  it('pad to the widest number, and keep a long title short', () => {
    const pages = Array.from({ length: 120 }, (_, h) => ({ slide: `${h}/0`, step: 0, pages: 1 }));
    const long = [{ title: 'A very long title that goes on and on well past any reasonable length for a file', heading: true, h: 119, v: 0 }];
    const names = imageNames(pages, long);
    expect(names[0]).toBe('001.png');
    expect(names[119]).toBe('120-a-very-long-title-that-goes-on-and-on-well-past.png');
  });
});

describe('npm run images options', () => {
  it('default to every step at scale 1', () => {
    expect(parseImagesArgs([])).toEqual({ options: { root: '.', steps: true, scale: 1, port: 0, timeout: 30, rebuild: false } });
  });

  it('read every option', () => {
    expect(parseImagesArgs(['--out', 'pics', '--no-steps', '--scale', '2', '--slide', '3', '--root', 'talk'])).toMatchObject({
      options: { root: 'talk', out: 'pics', steps: false, scale: 2, slide: 3 },
    });
  });

  it('say what is wrong with a bad one', () => {
    expect(parseImagesArgs(['--scale', '5'])).toEqual({ error: '--scale must be a number above 0 and at most 4, not `5`' });
    expect(parseImagesArgs(['--slide', '0'])).toEqual({ error: '--slide must be a slide number from 1, not `0`' });
    expect(parseImagesArgs(['--slide', '2.5'])).toEqual({ error: '--slide must be a slide number from 1, not `2.5`' });
    expect(parseImagesArgs(['--shots'])).toEqual({ error: 'unknown option --shots (see --help)' });
  });
});
