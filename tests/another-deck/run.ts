// `npm run test:another-deck`: what a new author does, checked. Copies this repository as the README's
// "Start a new talk" says (the talk's slides, images, diagram layouts and tests/talk/ deleted), writes
// a small deck of another subject under another theme into slides/, and runs `npm test` there. Slow
// (a whole `npm test`), so not part of it. Exit status: the copy's `npm test`'s.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../../src/repo-root.ts';

const repo = REPO_ROOT;
const copy = mkdtempSync(join(tmpdir(), 'another-deck-'));
const tracked = spawnSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
const TALK = [/^slides\//, /^images\//, /^diagrams\/[^/]+\.ts$/, /^tests\/talk\//];
for (const file of tracked.filter((f) => !TALK.some((re) => re.test(f)))) {
  mkdirSync(dirname(join(copy, file)), { recursive: true });
  // Links as committed: a relative link stays relative (cpSync would point it back into this checkout).
  cpSync(join(repo, file), join(copy, file), { verbatimSymlinks: true });
}
// The dependencies as `npm ci` would install them: the same tree, linked.
symlinkSync(join(repo, 'node_modules'), join(copy, 'node_modules'), 'dir');
mkdirSync(join(copy, 'slides'));
writeFileSync(
  join(copy, 'slides/01-title.md'),
  `---
title: Sourdough for Programmers
author: A. New Author
theme: moon
---

# Sourdough for Programmers

A starter is a long-running process.

notes:
Ask who bakes.

---

## Feeding schedule

\`\`\`python [1-2|4]
flour = 50  # grams
water = 50  # grams

starter.feed(flour, water)
\`\`\`

notes:
Equal weights: 100% hydration.
`,
);
writeFileSync(
  join(copy, 'slides/02-bake.md'),
  `## Bake

- Autolyse <!-- .element: class="fragment" -->
- Stretch and fold <!-- .element: class="fragment" -->
- Bake at 250 °C <!-- .element: class="fragment" -->

----

## Questions?

Thank you.
`,
);
console.log(`another deck: ${copy}`);
const run = spawnSync('npm', ['test'], { cwd: copy, stdio: 'inherit', env: { ...process.env, DECK_SITE_URL: '' } });
if (run.status === 0) rmSync(copy, { recursive: true, force: true });
else console.error(`another deck: npm test failed in ${copy} (kept for a look)`);
process.exit(run.status ?? 1);
