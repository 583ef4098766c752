// The talk's `dind` diagram (images/dind.svg), after the author's Excalidraw drawing: npm run diagrams draws it.
import { arrow, box, type Diagram, DOCKERD, NONE } from '../src/tools/diagrams/shapes.ts';
import { dindContainer, hostAndJob, hostDockerd } from './frame.ts';

const diagram: Diagram = {
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
};
export default diagram;
