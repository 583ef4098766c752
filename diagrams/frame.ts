// Parts the dind and dind-docker-compose diagrams share (no diagram of its own: draw.ts skips this file).
import { box, DOCKERD, HOST, JOB, type Shape, text } from '../src/tools/diagrams/shapes.ts';

/** The frame dind and dind-docker-compose share, so the two slides line up. */
export const hostAndJob = (): Shape[] => [
  box(0, 0, 998, 521, HOST, 2040319562),
  text(55, 29, 'Runner Host'),
  box(22, 157, 341, 170, JOB, 1723330838),
  text(39, 175, 'job'),
];
export const dindContainer = (): Shape[] => [box(580, 154, 341, 170, JOB, 1261083670), text(603, 163, 'dind')];
/** The host's own dockerd, which DinD bypasses. */
export const hostDockerd = () => box(60, 439, 110, 66, DOCKERD, 1885706, 'dockerd');
