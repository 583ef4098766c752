// `npm run dev` with the phone as in `npm run present`, for rehearsals: the same socket, secret and
// pages, on Vite's own server. Prints the speaker's address beside Vite's. The laptop's page is the
// projector, `/?key=…` the phone's preview; the dev server is no place for readers (Vite serves the
// slides' sources to anyone who can reach it), so it has no follow address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { type PageMode, PHONE_PAGE, withPageMode } from '../remote/protocol.ts';
import { newSecret } from '../remote/secret.ts';
import { SPEAKER_PATH } from '../remote/server.ts';
import { isLoopback, remoteSockets } from '../remote/sockets.ts';

export function remotePlugin(): Plugin {
  return {
    name: 'deck:remote',
    apply: 'serve',
    configureServer(server) {
      const http = server.httpServer;
      // Middleware mode (a test's own server): no socket to attach to, nothing to print.
      if (!http) return;
      const secret = newSecret();
      const remote = remoteSockets({ secret });
      // Vite's own socket asks for its `vite-hmr` protocol on another path: remote.upgrade leaves it.
      http.on('upgrade', (req, socket, head) => remote.upgrade(req, socket, head));
      http.on('close', () => remote.close());
      const forbidden = (res: import('node:http').ServerResponse) => {
        res.statusCode = 403;
        res.end('forbidden');
      };

      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://dev');
        const key = url.searchParams.get('key');
        if (url.pathname === SPEAKER_PATH || url.pathname === `/${PHONE_PAGE}`) {
          if (!(await remote.admitted(req, key))) return forbidden(res);
          if (url.pathname === `/${PHONE_PAGE}`) return next();
          // Vite serves the phone's page from its place in the sources (its script is relative to it).
          res.statusCode = 302;
          res.setHeader('location', `/${PHONE_PAGE}${url.search}`);
          return res.end();
        }
        if (url.pathname !== '/' && url.pathname !== '/index.html') return next();
        let mode: PageMode | undefined;
        if (key !== null) {
          if (!(await remote.admitted(req, key))) return forbidden(res);
          mode = 'preview';
        } else if (isLoopback(req)) mode = 'projector';
        if (!mode) return next();
        const source = readFileSync(join(server.config.root, 'index.html'), 'utf8');
        const html = await server.transformIndexHtml(url.pathname, source, req.originalUrl);
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.setHeader('cache-control', 'no-cache');
        res.end(withPageMode(html, mode));
      });

      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const network = server.resolvedUrls?.network[0];
        const base = network ?? server.resolvedUrls?.local[0] ?? '';
        const speaker = `${base.replace(/\/$/, '')}${SPEAKER_PATH}?key=${secret}`;
        server.config.logger.info(`  ➜  Speaker: ${speaker}`);
        if (!network) server.config.logger.info('     (for a phone on your Wi-Fi: npm run dev -- --host)');
      };
    },
  };
}
