import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The analyst UI, built with `vite build web` into web/dist, which src/server/static.ts serves.
 * Everything the page needs is bundled: no CDN, no web fonts, so it works on an air-gapped machine.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // One small app: a single JS and CSS file keeps the number of requests and moving parts down.
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
  },
  server: {
    // `vite web` during development: the API runs on `interdict serve` (port 8080 by default).
    proxy: Object.fromEntries(
      ['/health', '/me', '/lists', '/screen', '/compare', '/parties', '/alerts', '/cases', '/decisions', '/allow-list', '/freeze-records', '/audit', '/monitoring', '/reports', '/stats'].map((p) => [p, 'http://127.0.0.1:8080']),
    ),
  },
});
