// From the print view's CSS pixels to PowerPoint's inches and points. A slide is 7.5 in high, as
// PowerPoint's own are; its width keeps the deck's page ratio (10 in for 4:3, 13.333 in for 16:9).
import type { Box } from './model.ts';

/** PowerPoint's standard slide height, in inches. */
export const SLIDE_HEIGHT_IN = 7.5;

export interface Geometry {
  /** The slide's size in inches. */
  width: number;
  height: number;
  /** px → in, for positions and sizes. */
  inches(px: number): number;
  /** px → pt, for fonts, line spacing and borders. */
  points(px: number): number;
  /** A box in px → PowerPoint's position and size in inches. */
  place(box: Box): { x: number; y: number; w: number; h: number };
}

/** The geometry of a page `widthPx` × `heightPx` CSS pixels drawn on a PowerPoint slide. */
export function geometry(widthPx: number, heightPx: number): Geometry {
  if (!(widthPx > 0 && heightPx > 0)) throw new Error(`a page of ${widthPx}×${heightPx} px has no size`);
  const perPx = SLIDE_HEIGHT_IN / heightPx;
  // Hundredths of a point or of an inch are below what PowerPoint shows; rounding keeps the XML short.
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const inches = (px: number) => round(px * perPx);
  return {
    width: round(widthPx * perPx),
    height: SLIDE_HEIGHT_IN,
    inches,
    points: (px: number) => round(px * perPx * 72),
    place: (box: Box) => ({ x: inches(box.x), y: inches(box.y), w: inches(Math.max(box.w, 1)), h: inches(Math.max(box.h, 1)) }),
  };
}
