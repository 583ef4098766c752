import { defineConfig } from 'vite';
import { deckPlugin } from './src/vite/deck-plugin.ts';

export default defineConfig({
  // Relative URLs: the built site works from any sub-path (GitLab Pages, a folder on a USB stick).
  base: './',
  // The slides' images are copied by the deck plugin; nothing else is public.
  publicDir: false,
  plugins: [deckPlugin()],
  build: { target: 'es2022' },
});
