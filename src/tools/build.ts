// `npm run build`: the site, from the deck's slides, into dist/. The deck is read first: its
// errors print as diagnostics with the offending line and end the build with exit code 1, without
// the bundler's stack around them; its warnings print once, from the build.
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { formatDiagnostic } from '../deck/diagnostics.ts';
import { loadDeck } from '../deck/load-deck.ts';
import { diagnosticFrame } from '../deck/read.ts';
import { themeNames } from '../themes/index.ts';
import { siteConfig } from '../vite/site-config.ts';
import { runTool, type Tool } from './cli.ts';
import { buildMessage } from './site.ts';
import { UserError } from './user-error.ts';

interface BuildOptions {
  root: string;
  outDir?: string;
}

const BUILD_TOOL: Tool<BuildOptions> = {
  name: 'build',
  help: `usage: npm run build -- [--root DIR] [--outDir DIR]
Builds the deck in DIR/slides (default: the current folder) into DIR/dist (or --outDir): the site,
the single file beside it, deck.json for the tools. DECK_SINGLE_FILE=0 and DECK_SOCIAL_CARD=0 leave
out the single file and the social card.
Exit code: 0 when built, 1 when the deck has errors or the build fails, 2 for a bad option.`,
  options: {
    root: { type: 'string' },
    outDir: { type: 'string' },
    // Vite's CLI flag, which the benchmark passes: the site's folder is always emptied first.
    emptyOutDir: { type: 'boolean' },
  },
  read(values) {
    const root = resolve(typeof values.root === 'string' ? values.root : '.');
    return { options: { root, ...(typeof values.outDir === 'string' ? { outDir: resolve(values.outDir) } : {}) } };
  },
};

async function buildDeck(options: BuildOptions): Promise<number> {
  const loaded = await loadDeck(options.root, 'slides', themeNames());
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) console.error(`${formatDiagnostic(d)}\n${diagnosticFrame(options.root, d)}`.trimEnd());
    console.error('build failed: fix the error(s) above');
    return 1;
  }
  try {
    await build({
      ...siteConfig({ deckRoot: options.root, outDir: options.outDir ?? join(options.root, 'dist'), loaded: Promise.resolve(loaded) }),
      configFile: false,
    });
  } catch (error) {
    throw new UserError(`the site did not build:\n${buildMessage(error)}`);
  }
  return 0;
}

await runTool(BUILD_TOOL, buildDeck);
