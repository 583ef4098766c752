// Static file server for the browser tests: serves built sites under sub-paths, as a host would.
//   /talk/sub/path/…        → dist/ (the talk, proving it works from any sub-path)
//   /slides/gitlab-runners-and-dind/… → dist/ (the same, where a GitLab Pages project might put it)
//   /conformance/…          → node_modules/.cache/deck-tests/conformance/…
//   /corpus/…               → node_modules/.cache/deck-tests/corpus/… (public decks, ours and reveal's)
//   /decks/<name>/…         → node_modules/.cache/deck-tests/decks/<name>/… (fixture decks)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { REPO_ROOT } from '../../src/repo-root.ts';

const root = REPO_ROOT;
/** [URL prefix, folder it maps to]; the first prefix that matches wins. */
const routes: readonly (readonly [prefix: string, dir: string])[] = [
  ['/talk/sub/path/', join(root, 'dist')],
  ['/slides/gitlab-runners-and-dind/', join(root, 'dist')],
  ['/conformance/', join(root, 'node_modules/.cache/deck-tests/conformance')],
  ['/corpus/', join(root, 'node_modules/.cache/deck-tests/corpus')],
  ['/decks/', join(root, 'node_modules/.cache/deck-tests/decks')],
];
const types: Partial<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json',
};

const port = Number(process.env.PORT);
if (!port) throw new Error('PORT must name the port to serve on');
createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const route = routes.find(([prefix]) => path.startsWith(prefix));
  if (!route) return notFound(res);
  const [prefix, dir] = route;
  let file = normalize(join(dir, path.slice(prefix.length)));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  // A path that climbs out of its route's folder (`..`) is not found, like a missing file.
  if (!file.startsWith(dir) || !existsSync(file)) return notFound(res);
  // Cached for ten minutes, as GitLab Pages serves a site: pages of one browser context share files.
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving on http://127.0.0.1:${port}/`));

function notFound(res: ServerResponse): void {
  res.writeHead(404).end('not found');
}
