import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// The gateway serves dist/apps/web on the same origin as the API (email links: PUBLIC_APP_URL/tasks/{id}).
// `vite -c apps/web/vite.config.ts` serves the app on :5173 and forwards /api to a running `npm start`.
export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: '../../dist/apps/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { port: 5173, proxy: { '/api': 'http://127.0.0.1:3000' } },
  test: {
    environment: 'node',
    include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx', 'scripts/**/*.spec.ts'],
    globals: true,
    setupFiles: ['src/test-setup.ts'],
  },
});
