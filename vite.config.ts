import { defineConfig } from 'vite';
import { siteConfig } from './src/vite/site-config.ts';

// The site for `npm run dev` and `vite build`; `npm run build` builds with the same config through
// tools/build.ts, which ends a build that fails on the deck's errors with the diagnostics alone.
export default defineConfig(siteConfig());
