// `npm run check`: loads the deck and lists its problems as `file:line:col severity code: message`.
// Exit code 1 when any is an error. `--errors-only` leaves the warnings to a later step (the build).
import { resolve } from 'node:path';
import { formatDiagnostic, hasErrors, loadDeck } from '../deck/index.ts';

const HELP = `usage: npm run check [-- --errors-only] [--root DIR]
Checks the slides in DIR/slides (default: the current folder) and prints each problem.`;

async function main(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    console.log(HELP);
    return 0;
  }
  const rootAt = args.indexOf('--root');
  const root = resolve(rootAt >= 0 ? (args[rootAt + 1] ?? '.') : '.');
  const { deck, diagnostics } = await loadDeck(root);
  const shown = args.includes('--errors-only') ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  for (const d of shown) console.error(formatDiagnostic(d));
  if (!args.includes('--errors-only')) {
    const slides = deck.stacks.flat();
    console.log(
      `${slides.length} slides in ${deck.stacks.length} stacks, ${slides.reduce((n, s) => n + s.steps, 0)} code steps, ${diagnostics.length} problem(s)`,
    );
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
