// Starts a tool written in TypeScript: `node src/tools/launch.mjs src/tools/build.ts …args`.
// Plain JavaScript because it runs before any TypeScript loader. Node 20 passes every module a
// program imports through the loader's hooks on another thread: Vite's own modules through tsx's
// cost 0.7 s of a 2 s build here (Vite loads in 0.27 s without them). So Vite is loaded first,
// natively, then tsx is registered, then the tool runs; its `import 'vite'` finds Vite loaded.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

await import('vite');
const { register } = await import('tsx/esm/api');
register();
const [, , tool] = process.argv;
// The tool reads its options from process.argv.slice(2), as when it is run directly.
process.argv.splice(1, 1);
await import(pathToFileURL(resolve(tool)).href);
