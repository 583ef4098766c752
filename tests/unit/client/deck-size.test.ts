// The slide's size as the deck lays it out: the front matter's width and height when they are
// numbers, the size the talk was presented at otherwise. `npm run check` measures slides against it.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, slideSize } from '../../../src/client/deck-size.ts';

describe('slideSize', () => {
  it('is 1000×750 when the front matter gives no size', () => {
    expect(slideSize({})).toEqual({ width: 1000, height: 750 });
    expect(slideSize({})).toEqual({ width: DEFAULTS.width, height: DEFAULTS.height });
  });

  it("takes the front matter's width and height, each on its own", () => {
    expect(slideSize({ width: 1280, height: 720 })).toEqual({ width: 1280, height: 720 });
    expect(slideSize({ width: 1280 })).toEqual({ width: 1280, height: 750 });
    expect(slideSize({ height: 720 })).toEqual({ width: 1000, height: 720 });
  });

  it('keeps the default for a size that is not a number (reveal also takes "100%")', () => {
    expect(slideSize({ width: '100%', height: '720' })).toEqual({ width: 1000, height: 750 });
  });
});
