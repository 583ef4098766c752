// The build cuts marked out of reveal.js's notes plugin: the plugin that is left still loads and is
// reveal's notes plugin, with the speaker view reveal ships; a reveal.js of another shape stops the build.
// The speaker view's previews open at the main window's fragment (tests/browser/speaker-view.spec.ts
// shows what that fixes).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cutMarked, fixSpeakerView } from '../../src/vite/notes-plugin.ts';

const PLUGIN = join(import.meta.dirname, '../../node_modules/reveal.js/dist/plugin/notes.mjs');

describe('cutMarked on the notes plugin reveal.js ships', async () => {
  const source = await readFile(PLUGIN, 'utf8');
  const cut = cutMarked(source);
  if ('error' in cut) throw new Error(cut.error);

  it('removes the parser and nothing of the plugin', () => {
    expect(source).toContain('https://github.com/markedjs/marked');
    expect(cut.code).not.toContain('markedjs');
    expect(cut.code).not.toContain('//#region node_modules/marked');
    expect(cut.removedBytes).toBeGreaterThan(40_000);
    // The plugin's own region and the speaker view's page (and its inline script, pinned by the CSP's hash) are untouched.
    const plugin = (text: string) => text.slice(text.indexOf('//#region plugin/notes/index.ts'));
    expect(plugin(cut.code)).toBe(plugin(source));
  });

  it('still loads as the notes plugin, and hands the speaker window a pass-through parser', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'notes-cut-'));
    const file = join(dir, 'notes.mjs');
    await writeFile(file, cut.code);
    const module = (await import(pathToFileURL(file).href)) as { default: () => { id: string; open: unknown } };
    const notes = module.default();
    expect(notes.id).toBe('notes');
    expect(typeof notes.open).toBe('function');
    const name = /\.marked = ([\w$]+)/.exec(cut.code)?.[1];
    expect(cut.code).toContain(`var ${name} = { parse: (notes) => notes };`);
  });
});

describe('cutMarked on a notes plugin it does not know', () => {
  it('says what it could not find', () => {
    expect(cutMarked('export default () => ({ id: "notes" });')).toEqual({
      error: "marked's region (//#region node_modules/marked/…) is not in reveal.js's notes plugin",
    });
    const noHandoff = '//#region node_modules/marked/lib/marked.esm.js\nvar $ = 1;\n//#endregion\nexport default 1;\n';
    expect(cutMarked(noHandoff)).toEqual({ error: 'the notes plugin no longer hands marked to its speaker window as `window.marked`' });
  });
});

describe('fixSpeakerView', async () => {
  const source = await readFile(PLUGIN, 'utf8');
  const fixed = fixSpeakerView(source);
  if ('error' in fixed) throw new Error(fixed.error);
  const HASH_LINE = "var hash = '#/' + data.state.indexh + '/' + data.state.indexv;";
  const FORWARD_LINE = 'else if( supportedEvents.includes( data.eventName ) && currentState !== JSON.stringify( data.state ) ) {';

  it('changes only its two lines', () => {
    const hashFixed = "var hash = '#/' + data.state.indexh + '/' + data.state.indexv + ( data.state.indexf > -1 ? '/' + data.state.indexf : '' );";
    const forwardFixed =
      'else if( supportedEvents.includes( data.eventName ) && currentState !== undefined && currentState !== JSON.stringify( data.state ) ) {';
    expect(fixed.code.split(hashFixed)).toHaveLength(2);
    expect(fixed.code.split(forwardFixed)).toHaveLength(2);
    // Compared as a boolean: a failure would print the whole 500 kB plugin twice.
    expect(fixed.code.replace(hashFixed, HASH_LINE).replace(forwardFixed, FORWARD_LINE) === source).toBe(true);
  });

  it('opens the previews at the fragment only when one is shown', () => {
    // The new line, run as the speaker view runs it.
    const line = /var hash = [^;]+;/.exec(fixed.code)?.[0] ?? '';
    const hash = (state: object) => new Function('data', `${line} return hash;`)({ state }) as string;
    expect(hash({ indexh: 5, indexv: 0, indexf: 1 })).toBe('#/5/0/1');
    expect(hash({ indexh: 5, indexv: 1, indexf: 0 })).toBe('#/5/1/0');
    expect(hash({ indexh: 5, indexv: 0, indexf: -1 })).toBe('#/5/0');
    expect(hash({ indexh: 2, indexv: 0 })).toBe('#/2/0');
  });

  it('says which line it could not find', () => {
    expect(fixSpeakerView('export default 1;')).toEqual({
      error: `the speaker view no longer builds its previews' address as \`${HASH_LINE}\``,
    });
    expect(fixSpeakerView(HASH_LINE)).toEqual({ error: `the speaker view no longer forwards its preview's moves as \`${FORWARD_LINE}\`` });
  });
});
