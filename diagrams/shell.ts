// The talk's `shell` diagram (images/shell.svg), after the author's Excalidraw drawing: npm run diagrams draws it.
import { arrow, box, type Diagram, DOCKERD, HOST, JOB, text } from '../src/tools/diagrams/shapes.ts';

const diagram: Diagram = {
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
};
export default diagram;
