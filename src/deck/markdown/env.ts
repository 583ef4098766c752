// The per-render environment markdown-it hands to every rule: where we are and what we found.
import type { Env } from 'markdown-it';
import type { AssetRef, Diagnostic } from '../types.ts';

/** A type alias, not an interface, so it fits markdown-it's `Env` (a string-keyed record). */
export type RenderEnv = {
  file: string;
  /** 0-based file line of the rendered text's first line; rules add `token.map[0]`. */
  lineOffset: number;
  /** The rendered text's lines, for columns (markdown-it keeps only line numbers). */
  lines: string[];
  diagnostics: Diagnostic[];
  /** Prefix for footnote ids, unique per slide (markdown-it-footnote reads `env.docId`). */
  docId: string;
  /** Attributes for the slide's `<section>`, from `<!-- .slide: … -->`. */
  slideAttributes: Record<string, string>;
  /** 0-based file line of the last `<!-- .slide: … -->` comment. */
  slideAttributesLine?: number;
  /** Local files the HTML references (images, iframes), relative to the deck root. */
  assets: AssetRef[];
  /** Fragment steps the code blocks add (a count). */
  codeSteps: number;
  /** Alt text of the first raw-HTML `<img>`, to name a slide that has no heading or words. */
  imageAlt?: string;
  /** Set when the text has `$…$` or `$$…$$` math (math.ts). */
  math?: boolean;
};

/** A fresh env for one render: what the rules find is collected in it and returned by the stage. */
export function createEnv(file: string, lineOffset: number, text: string, docId: string): RenderEnv {
  return { file, lineOffset, lines: text.split('\n'), diagnostics: [], docId, slideAttributes: {}, assets: [], codeSteps: 0 };
}

/** The env our rules receive is always the one `createEnv` made: markdown-it passes it through. */
export function renderEnv(env: Env | undefined): RenderEnv {
  return env as unknown as RenderEnv;
}
