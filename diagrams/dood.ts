// The talk's `dood` diagram (images/dood.svg), after the author's Excalidraw drawing: npm run diagrams draws it.
import { arrow, box, type Diagram, DOCKERD, HOST, JOB, NONE, PINK, text } from '../src/tools/diagrams/shapes.ts';

const diagram: Diagram = {
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
};
export default diagram;
