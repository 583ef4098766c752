// Every local file the slides name must exist: a missing one is an error, as the built site would
// show a broken image (the dev server lets the deck run without it). Pure: `exists` is given.
import type { AssetRef, Diagnostic } from './types.ts';

export function missingFiles(assets: AssetRef[], exists: (path: string) => boolean): Diagnostic[] {
  return assets
    .filter((asset) => !exists(asset.path))
    .map((asset) => ({
      severity: 'error',
      code: 'missing-file',
      file: asset.file,
      line: asset.line,
      message: `\`${asset.path}\` does not exist`,
      hint: 'put the file under images/ or fix the path',
    }));
}
