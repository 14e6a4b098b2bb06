// The web portal's build: web/ → dist/web, served by the same Fastify server (`npm start`).
// `npm run dev:web` serves it with hot reload and forwards /api to a running server on :3000.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/metrics': 'http://127.0.0.1:3000' } },
});
