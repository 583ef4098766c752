// Every local file the slides name must exist inside the project: a missing one is an error, as
// the built site would show a broken image (the dev server lets the deck run without it); one
// outside (by `../` or a symbolic link) is an error, as the build would publish it. Pure: `locate` is given.
import type { FileLocation } from './read.ts';
import type { AssetRef, Diagnostic } from './types.ts';

export function checkFiles(assets: AssetRef[], locate: (path: string) => FileLocation): Diagnostic[] {
  const where = new Map<string, FileLocation>();
  const diagnostics: Diagnostic[] = [];
  for (const asset of assets) {
    let location = where.get(asset.path);
    if (location === undefined) {
      location = locate(asset.path);
      where.set(asset.path, location);
    }
    if (location === 'missing') {
      diagnostics.push({
        severity: 'error',
        code: 'missing-file',
        file: asset.file,
        line: asset.line,
        message: `\`${asset.path}\` does not exist`,
        hint: 'put the file under images/ or fix the path',
      });
    } else if (location === 'outside') {
      diagnostics.push({
        severity: 'error',
        code: 'outside-project',
        file: asset.file,
        line: asset.line,
        message: `\`${asset.path}\` leads outside the project; it is not published`,
        hint: 'copy the file into images/ (a symbolic link must point inside the project)',
      });
    }
  }
  return diagnostics;
}
