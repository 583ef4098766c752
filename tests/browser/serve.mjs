// Static file server for the browser tests: serves built sites under sub-paths, as a host would.
//   /talk/sub/path/…        → dist/ (the talk, proving it works from any sub-path)
//   /slides/gitlab-runners-and-dind/… → dist/ (the same, where a GitLab Pages project might put it)
//   /conformance/…          → node_modules/.cache/deck-tests/conformance/…
//   /decks/<name>/…         → node_modules/.cache/deck-tests/decks/<name>/… (fixture decks)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const routes = [
  ['/talk/sub/path/', join(root, 'dist')],
  ['/slides/gitlab-runners-and-dind/', join(root, 'dist')],
  ['/conformance/', join(root, 'node_modules/.cache/deck-tests/conformance')],
  ['/decks/', join(root, 'node_modules/.cache/deck-tests/decks')],
];
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.woff2': 'font/woff2',
  '.woff': 'font/woff', '.md': 'text/markdown; charset=utf-8', '.json': 'application/json',
};

const port = Number(process.env.PORT);
if (!port) throw new Error('PORT must name the port to serve on');
createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const route = routes.find(([prefix]) => path.startsWith(prefix));
  let file = route && normalize(join(route[1], path.slice(route[0].length)));
  if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!route || !file.startsWith(route[1]) || !existsSync(file)) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`serving on http://127.0.0.1:${port}/`));
