// .gitlab-ci.yml: its jobs run the README's commands, so what the README promises is what CI does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../src/repo-root.ts';

const root = REPO_ROOT;

interface Job {
  image?: string;
  stage?: string;
  before_script?: string[];
  script?: string[];
  rules?: { if?: string }[];
  artifacts?: { paths?: string[] };
  cache?: { key?: { files?: string[] }; paths?: string[] };
}
type Pipeline = Record<string, Job> & { default?: Job; variables?: Record<string, string> };

const ci = parse(readFileSync(join(root, '.gitlab-ci.yml'), 'utf8')) as Pipeline;

/** Each command of the README's shell blocks with its comment: `npm test   # every test` → ['npm test', 'every test']. */
function readmeCommands(): [string, string][] {
  const tokens = new MarkdownIt().parse(readFileSync(join(root, 'README.md'), 'utf8'), {});
  return tokens
    .filter((t) => t.type === 'fence' && t.info.trim() === 'sh')
    .flatMap((t) => t.content.split('\n'))
    .map((line): [string, string] => {
      const hash = line.indexOf(' #');
      return hash < 0 ? [line.trim(), ''] : [line.slice(0, hash).trim(), line.slice(hash + 2).trim()];
    })
    .filter(([command]) => command !== '');
}

/** The command the README gives for running every test. */
function readmeTestCommand(): string {
  const found = readmeCommands().filter(([, comment]) => comment.startsWith('every test'));
  expect(found).toHaveLength(1);
  return found[0][0];
}

describe('.gitlab-ci.yml', () => {
  it("runs exactly the README's test command in its test job", () => {
    expect(readmeTestCommand()).toBe('npm test');
    expect(ci.test.stage).toBe('test');
    expect(ci.test.script).toEqual([readmeTestCommand()]);
  });

  it("gives every job Chromium, and npm's cache keyed on the lock file", () => {
    const setup = { ...ci.default, ...ci.test };
    expect(setup.image).toMatch(/^node:20\b/);
    expect(setup.before_script?.some((line) => /\bapt-get install\b.*\bchromium\b/.test(line))).toBe(true);
    expect(setup.before_script).toContain('npm ci --prefer-offline');
    expect(ci.variables?.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
    expect(setup.cache).toEqual({ key: { files: ['package-lock.json'] }, paths: ['.npm/'] });
  });

  it("publishes dist/ as GitLab Pages from the default branch, built by the README's deploy command", () => {
    const { pages } = ci;
    expect(pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    const build = readmeCommands().find(([command]) => command.startsWith('npm run build'));
    expect(build?.[0]).toBe('npm run build');
    const script = pages.script ?? [];
    expect(script).toContain('npm run build');
    // The PDF, by the README's export command, lands in dist/ beside the site.
    expect(readmeCommands().map(([command]) => command)).toContain('npm run pdf');
    expect(script).toContain('npm run pdf');
    expect(script.at(-1)).toBe('mv dist public');
    expect(script.indexOf('npm run build')).toBeLessThan(script.indexOf('npm run pdf'));
    expect(pages.artifacts?.paths).toEqual(['public']);
  });
});
