import { defineConfig } from 'vite';
import { siteConfig } from './src/vite/site-config.ts';

// `vite build` is `npm run build`: the deck's errors end it as diagnostics, without a stack.
export default defineConfig(({ command }) => siteConfig({ exitOnDeckErrors: command === 'build' }));
