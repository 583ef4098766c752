// Starts a tool written in TypeScript: `node src/tools/launch.mjs src/tools/pdf/main.ts …args`.
// Plain JavaScript because it runs before any TypeScript loader. Node 20 sends every module a
// program imports through a loader's hooks on another thread, and waits for each answer: through
// tsx that cost `npm run build` about a quarter of its time here, Vite's lazily loaded parts
// included. So the tool and what it imports from this repository are bundled once into plain
// JavaScript (esbuild, the compiler tsx itself uses), kept in node_modules/.cache/deck-tools/, and
// run natively. The bundle is made again when any file it was made from has changed. (Without a
// source map, which cost a tenth of the time saved: a stack trace names the bundle's lines, each
// module headed by its path. `node --import tsx/esm src/tools/….ts` runs the TypeScript itself.)
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(import.meta.dirname, '../..');
const CACHE = join(REPO, 'node_modules/.cache/deck-tools');

/** The URL of a fresh bundle of `entry`, made now if there is none; undefined when none can be made here. */
async function bundled(entry) {
  // The whole path: a copy of the repository that shares this node_modules has bundles of its own.
  const name = entry.replace(/[^\w.-]+/g, '_').replace(/^_/, '');
  const record = join(CACHE, `${name}.json`);
  const fresh = freshEntry(record);
  if (fresh) return pathToFileURL(fresh).href;
  try {
    const { build, version } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      // What a tool imports only when it needs it (the loader's markdown-it, highlight.js and KaTeX
      // behind its cache, pptxgenjs) stays in a chunk of its own, imported as late as before.
      splitting: true,
      outdir: CACHE,
      entryNames: `${name}-[hash]`,
      chunkNames: 'chunk-[hash]',
      outExtension: { '.js': '.mjs' },
      platform: 'node',
      format: 'esm',
      target: `node${process.versions.node.split('.')[0]}`,
      // Packages load from node_modules as they would unbundled: only the repository's own files are joined.
      packages: 'external',
      plugins: [whereEachFileIs],
      metafile: true,
      write: false,
      logLevel: 'silent',
    });
    mkdirSync(CACHE, { recursive: true });
    // Each file is named by its content and written aside, then renamed: two tools starting at once
    // never read half a file, and a tool still running keeps the chunks it has yet to import.
    const aside = `.${process.pid}`;
    for (const file of result.outputFiles) {
      writeFileSync(file.path + aside, file.contents);
      renameSync(file.path + aside, file.path);
    }
    const code = resolve(Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint)[0]);
    const inputs = [fileURLToPath(import.meta.url), ...Object.keys(result.metafile.inputs).map((path) => resolve(path))];
    const files = result.outputFiles.map((file) => file.path);
    writeFileSync(record + aside, JSON.stringify({ esbuild: version, code, files, inputs: inputs.map((path) => [path, stamp(path)]) }));
    renameSync(record + aside, record);
    prune();
    return pathToFileURL(code).href;
  } catch {
    // No esbuild, a cache folder that cannot be written, or a file it cannot compile: tsx reports the last.
    return undefined;
  }
}

/**
 * Removes the files of bundles made before the current ones, an hour after: a tool still running may
 * import them. The bundles of a copy of the repository that is gone (a test's) go with it.
 */
function prune() {
  const kept = new Set();
  for (const name of readdirSync(CACHE)) {
    if (!name.endsWith('.json')) continue;
    try {
      const { files, inputs } = JSON.parse(readFileSync(join(CACHE, name), 'utf8'));
      // The first input is the launcher of the copy that made it.
      if (stamp(inputs[0][0]) === 'missing') rmSync(join(CACHE, name));
      else for (const file of files) kept.add(file);
    } catch {
      // Being written: its files are new.
    }
  }
  const hourAgo = Date.now() - 3600_000;
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    if (name.endsWith('.mjs') && !kept.has(path) && statSync(path).mtimeMs < hourAgo) rmSync(path, { force: true });
  }
}

/** The bundle's entry file when every file it was made from is as it was then, and all of its files are there. */
function freshEntry(record) {
  try {
    const { code, files, inputs } = JSON.parse(readFileSync(record, 'utf8'));
    return inputs.every(([path, was]) => stamp(path) === was) && files.every((file) => stamp(file) !== 'missing') ? code : undefined;
  } catch {
    return undefined;
  }
}

/** A file's size and time of change; a file that is gone has none. */
function stamp(path) {
  try {
    const { size, mtimeMs } = statSync(path);
    return `${size}:${mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/**
 * Each module keeps its own `import.meta.url`, `dirname` and `filename`: bundled, they would all name
 * the bundle, and the tools find the engine's files from where their module is.
 */
const whereEachFileIs = {
  name: 'where-each-file-is',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
      return { contents: text, loader: 'ts' };
    });
  },
};

/** The way without a bundle: tsx compiles each module as it is imported. */
async function throughTsx(entry) {
  const { register } = await import('tsx/esm/api');
  register();
  return pathToFileURL(entry).href;
}

const tool = resolve(process.argv[2]);
// The tool reads its options from process.argv.slice(2), as when it is run directly.
process.argv.splice(1, 1);
await import((await bundled(tool)) ?? (await throughTsx(tool)));
