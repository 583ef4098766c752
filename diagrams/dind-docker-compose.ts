// The talk's `dind-docker-compose` diagram (images/dind-docker-compose.svg), after the author's Excalidraw drawing: npm run diagrams draws it.
import { arrow, box, type Diagram, DOCKERD, NONE, PINK } from '../src/tools/diagrams/shapes.ts';
import { dindContainer, hostAndJob, hostDockerd } from './frame.ts';

const diagram: Diagram = {
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
};
export default diagram;
