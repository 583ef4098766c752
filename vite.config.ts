import { defineConfig } from 'vite';
import { siteConfig } from './src/vite/site-config.ts';

export default defineConfig(siteConfig());
