// Hand-written layouts of the four talk diagrams (after the author's Excalidraw drawings), read by draw.ts.
//
// Units are Excalidraw scene pixels with the green "Runner Host" box's top-left corner at 0,0.
// box(x, y, w, h, fill, seed, label?)  a rounded rectangle; label is centred in it ("\n" breaks lines)
// text(x, y, words)                    a free label, x/y is the top-left of its first line
// arrow([x1, y1], [x2, y2], seed, opt)  a straight arrow with an open head at [x2, y2];
//                                       opt.label sits on the midpoint, opt.gap = [w, h] cut out of the line for it
// Seeds are the author's, so the strokes wobble the way his did.

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

const box = (x: number, y: number, w: number, h: number, fill: Fill, seed: number, label?: string): Box => ({ kind: 'box', x, y, w, h, fill, seed, label });
const text = (x: number, y: number, words: string): Text => ({ kind: 'text', x, y, words });
const arrow = (from: Point, to: Point, seed: number, opt: ArrowOptions = {}): Arrow => ({ kind: 'arrow', from, to, seed, ...opt });

/** The frame dind and dind-docker-compose share, so the two slides line up. */
const hostAndJob = (): Shape[] => [
  box(0, 0, 998, 521, HOST, 2040319562),
  text(55, 29, 'Runner Host'),
  box(22, 157, 341, 170, JOB, 1723330838),
  text(39, 175, 'job'),
];
const dindContainer = (): Shape[] => [box(580, 154, 341, 170, JOB, 1261083670), text(603, 163, 'dind')];
/** The host's own dockerd, which DinD bypasses. */
const hostDockerd = () => box(60, 439, 110, 66, DOCKERD, 1885706, 'dockerd');

export const diagrams: Diagram[] = [
  {
    name: 'shell',
    size: [488, 521],
    title: 'Docker with the shell executor',
    desc: 'On the runner host, job 1 and job 2 each run a Docker CLI that talks to the same host dockerd.',
    shapes: [
      box(0, 0, 488, 521, HOST, 2040319562),
      text(56, 29, 'Runner Host'),
      text(46, 201, 'job 1'),
      box(23, 238, 110, 66, JOB, 1852010966, 'Docker\nCLI'),
      text(37, 329, 'job 2'),
      box(27, 361, 110, 66, JOB, 78821873, 'Docker\nCLI'),
      box(362, 235, 110, 66, DOCKERD, 1032901578, 'dockerd'),
      arrow([135, 263], [360, 263.2], 1826888010),
      arrow([143, 402], [365.4, 266.6], 2042355231),
    ],
  },
  {
    name: 'dood',
    size: [459, 427],
    title: 'Docker outside of Docker (DooD)',
    desc:
      'On the runner host, the Docker CLI in the job container talks to the host dockerd, ' +
      'through the host docker.socket, which is mounted into the job container.',
    shapes: [
      box(0, 0, 459, 427, HOST, 2040319562),
      text(51, 20, 'Runner Host'),
      box(22, 64, 341, 170, JOB, 1723330838),
      text(39, 82, 'job'),
      box(49, 159, 110, 66, NONE, 1852010966, 'Docker\nCLI'),
      box(201, 189, 154, 35, PINK, 951291057, 'docker.socket'),
      box(51, 345, 110, 66, DOCKERD, 1885706, 'dockerd'),
      box(213, 361, 154, 35, PINK, 1220406655, 'docker.socket'),
      arrow([102, 227], [102, 351], 1848493439),
      arrow([286, 357], [284.7, 227.5], 1440193297, { label: 'Mounted in', gap: [116, 33] }),
    ],
  },
  {
    name: 'dind',
    size: [998, 521],
    title: 'Docker in Docker (DinD)',
    desc:
      'On the runner host, the Docker CLI in the job container talks to a dockerd of its own, ' +
      'running inside a separate dind container; the host dockerd is bypassed.',
    shapes: [
      ...hostAndJob(),
      box(72, 242, 110, 66, NONE, 1852010966, 'Docker\nCLI'),
      ...dindContainer(),
      box(673, 235, 110, 66, DOCKERD, 1032901578, 'dockerd'),
      hostDockerd(),
      arrow([184, 267], [671, 264], 1826888010),
    ],
  },
  {
    name: 'dind-docker-compose',
    size: [998, 521], // the same frame as dind, so the two line up
    title: 'Docker Compose in Docker in Docker',
    desc:
      'On the runner host, the docker-compose CLI in the job container talks to the dockerd inside the dind container, ' +
      'where the nginx, app and db containers run; the host dockerd is bypassed.',
    shapes: [
      ...hostAndJob(),
      box(82, 230, 159, 85, NONE, 1852010966, 'docker-compose\nCLI'),
      ...dindContainer(),
      box(682, 169, 63, 54, PINK, 2035350998, 'nginx'),
      box(755, 169, 63, 54, PINK, 594517334, 'app'),
      box(826, 169, 63, 54, PINK, 1185037514, 'db'),
      box(673, 235, 211, 66, DOCKERD, 1032901578, 'dockerd'),
      hostDockerd(),
      arrow([243, 263], [671, 263.7], 1826888010),
    ],
  },
];
