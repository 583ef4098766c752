// `npm run present`: the deck for the projector, and the speaker's phone as its remote. Builds the
// site when it is stale (as `npm run pdf` does), serves it on the room's network, and prints the
// projector's address, the speaker's (with a new secret, and as a QR code) and the readers'.
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import QRCode from 'qrcode';
import { newSecret } from '../remote/secret.ts';
import { FOLLOW_PATH, SPEAKER_PATH, startPresentServer } from '../remote/server.ts';
import { portOf, runTool, type Tool } from './cli.ts';
import { buildSite, readDeckToBuild, siteIsStale } from './site.ts';

interface PresentOptions {
  root: string;
  host: string;
  port: number;
  json: boolean;
  rebuild: boolean;
}

/** A port that stays the same across runs, so a phone's page finds the server again after a restart. */
const DEFAULT_PORT = 8470;

const PRESENT_TOOL: Tool<PresentOptions> = {
  name: 'present',
  help: `usage: npm run present -- [--host ADDRESS] [--port N] [--json] [--root DIR] [--rebuild]
Serves the deck in DIR (default: the current folder; built first when dist/ is stale) for the
projector, and a page for the speaker's phone: the slide and the next one, the notes, the time,
and buttons to drive the projector. The phone's address holds a new secret each run: without it
nothing is served to drive the deck or read the notes. Ctrl-C stops it.
  --host ADDRESS  where to listen (default 0.0.0.0: the room's network; 127.0.0.1: this machine only)
  --port N        the port (default ${DEFAULT_PORT})
  --json          print one line {"deck", "speaker", "follow"} instead of the text and the QR code
  --rebuild       build the site even when dist/ is up to date`,
  options: { root: { type: 'string' }, host: { type: 'string' }, port: { type: 'string' }, json: { type: 'boolean' }, rebuild: { type: 'boolean' } },
  read(values) {
    const port = portOf(values.port, DEFAULT_PORT);
    if (port === undefined) return { error: `--port must be a port number, not \`${values.port}\`` };
    return {
      options: {
        root: resolve(typeof values.root === 'string' ? values.root : '.'),
        host: typeof values.host === 'string' ? values.host : '0.0.0.0',
        port,
        json: values.json === true,
        rebuild: values.rebuild === true,
      },
    };
  },
};

/** The address a phone on the same network reaches this machine at. */
function roomAddress(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host;
  const found = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal);
  return found?.address ?? '127.0.0.1';
}

async function present(options: PresentOptions): Promise<number> {
  const outDir = join(options.root, 'dist');
  const say = (line: string) => {
    if (!options.json) console.log(`present: ${line}`);
  };
  if (options.rebuild || siteIsStale(options.root, outDir)) {
    const loaded = await readDeckToBuild(options.root, 'present again');
    say('building the site …');
    await buildSite(options.root, outDir, loaded);
  }
  const secret = newSecret();
  const server = await startPresentServer({ outDir, host: options.host, port: options.port, secret });
  const room = `http://${roomAddress(options.host)}:${server.port}`;
  const addresses = {
    deck: `http://127.0.0.1:${server.port}/`,
    speaker: `${room}${SPEAKER_PATH}?key=${secret}`,
    follow: `${room}${FOLLOW_PATH}`,
  };
  if (options.json) console.log(JSON.stringify(addresses));
  else {
    say(`the deck, for the projector (open it on this machine): ${addresses.deck}`);
    say(`your phone (keep this address to yourself): ${addresses.speaker}`);
    console.log(await QRCode.toString(addresses.speaker, { type: 'terminal', small: true }));
    say(`the room, to follow along (no notes): ${addresses.follow}`);
    say('Ctrl-C stops it');
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}

await runTool(PRESENT_TOOL, present);
