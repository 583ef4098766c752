// Vite plugin `deck:inline-files`, for the single file only: the files the slides name (images,
// iframes) become data: URLs in the page. vite-plugin-singlefile inlines what Vite bundled (script,
// styles, fonts); these files are outside Vite's module graph (the deck plugin copies them), so we do.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { lookup } from 'mrmime';
import type { Plugin } from 'vite';
import { localPath, URL_ATTRIBUTES } from '../deck/markdown/html-check.ts';
import { locateFile } from '../deck/read.ts';
import type { DeckStore } from './deck-store.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

export function inlineDeckFiles(store: DeckStore): Plugin {
  let inlined = new Set<string>();
  return {
    name: 'deck:inline-files',
    apply: 'build',
    transformIndexHtml: {
      // After the deck plugin has put the slides in the page.
      order: 'post',
      async handler(html) {
        const { deck } = await store.current();
        // Only files inside the project: a link out is never inlined (the loader has failed the build on it).
        const files = new Set(deck.assets.map((a) => a.path).filter((path) => locateFile(store.root, path) === 'file'));
        const found: { start: number; end: number; name: string; path: string }[] = [];
        // The parser says where each attribute starts and ends: only those bytes change.
        const parser = new Parser(
          {
            onattribute(name, value) {
              const path = URL_ATTRIBUTES.includes(name) ? localPath(value) : undefined;
              if (path && files.has(path)) found.push({ start: parser.startIndex, end: parser.endIndex, name, path });
            },
          },
          { decodeEntities: true, lowerCaseAttributeNames: true },
        );
        parser.end(html);
        const edits: Edit[] = await Promise.all(
          found.map(async ({ start, end, name, path }) => ({
            start,
            end,
            text: `${name}="${await dataUrl(join(store.root, path))}"`,
          })),
        );
        inlined = new Set(found.map((f) => f.path));
        return edits.reduceRight((page, { start, end, text }) => page.slice(0, start) + text + page.slice(end), html);
      },
    },
    generateBundle: {
      // After Vite's HTML pass, which runs transformIndexHtml; before vite-plugin-singlefile's, which
      // takes every .html file in the bundle for a page (an iframe's file would be one).
      order: 'post',
      async handler(_, bundle) {
        const { deck } = await store.current();
        for (const path of new Set(deck.assets.map((a) => a.path))) {
          if (!bundle[path]) continue;
          // Inside the page now, or out of reach of a single file either way.
          if (!inlined.has(path)) this.warn(`\`${path}\` is not inside the single file: only ${URL_ATTRIBUTES.join(', ')} attributes are inlined`);
          delete bundle[path];
        }
      },
    },
  };
}

async function dataUrl(file: string): Promise<string> {
  return `data:${lookup(file) ?? 'application/octet-stream'};base64,${(await readFile(file)).toString('base64')}`;
}
