/**
 * The explorer is a static build served by the API server (web/dist). `npx vite --config web/vite.config.ts`
 * runs it against an API on localhost:8080 during development.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
