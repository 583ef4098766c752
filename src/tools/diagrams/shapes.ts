// The shapes a diagram layout is made of (diagrams/<name>.ts, one per diagram), read by draw.ts.
//
// Units are Excalidraw scene pixels with the green "Runner Host" box's top-left corner at 0,0.
// box(x, y, w, h, fill, seed, label?)  a rounded rectangle; label is centred in it ("\n" breaks lines)
// text(x, y, words)                    a free label, x/y is the top-left of its first line
// arrow([x1, y1], [x2, y2], seed, opt)  a straight arrow with an open head at [x2, y2];
//                                       opt.label sits on the midpoint, opt.gap = [w, h] cut out of the line for it
// Seeds fix each stroke's wobble, so a diagram is drawn the same on every run.

export const HOST = '#b2f2bb'; // green: the runner host
export const JOB = '#ffec99'; // yellow: a job or a container
export const DOCKERD = '#a5d8ff'; // blue: a Docker daemon
export const PINK = '#ffc9c9'; // pink: a socket or an app container
export const NONE = null; // outline only

/** x, y in scene pixels */
export type Point = [number, number];
/** A fill colour, or NONE for an outline. */
export type Fill = string | null;

export interface Box {
  kind: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: Fill;
  seed: number;
  label?: string;
}
export interface Text {
  kind: 'text';
  x: number;
  y: number;
  words: string;
}
export interface ArrowOptions {
  label?: string;
  /** width and height of the cut in the line, centred on the midpoint where the label sits */
  gap?: [number, number];
}
export interface Arrow extends ArrowOptions {
  kind: 'arrow';
  from: Point;
  to: Point;
  seed: number;
}
export type Shape = Box | Text | Arrow;

export interface Diagram {
  /** the file name, images/<name>.svg, and the prefix of its ids */
  name: string;
  /** width and height of the host box; the viewBox adds a margin for the wobble */
  size: [number, number];
  title: string;
  desc: string;
  shapes: Shape[];
}

export const box = (x: number, y: number, w: number, h: number, fill: Fill, seed: number, label?: string): Box => ({
  kind: 'box',
  x,
  y,
  w,
  h,
  fill,
  seed,
  label,
});
export const text = (x: number, y: number, words: string): Text => ({ kind: 'text', x, y, words });
export const arrow = (from: Point, to: Point, seed: number, opt: ArrowOptions = {}): Arrow => ({ kind: 'arrow', from, to, seed, ...opt });
