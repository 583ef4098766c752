// The repository: index.html, src/ and the config live here whatever deck is built (the talk's
// slides/, a fixture's, a scratch folder's).
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..');
