import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs on :3000 (`npm run dev -w apps/server`); Vite serves the pages.
const API = 'http://127.0.0.1:3000';

// Each area is a lazy chunk (src/router.tsx). Rolldown's automatic splitting then keeps each UI kit
// with the only area that imports it: the seeker app (antd-mobile) never downloads antd and the
// consoles (antd) never download antd-mobile; helpers both use land in small shared chunks. Only
// React and the router, and the shared zod rules, get named chunks of their own. (A named group
// for antd would also capture its dependencies, e.g. @babel/runtime, and drag antd into the seeker.)
const VENDOR_GROUPS = [
  {
    name: 'vendor-react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack[\\/]react-query|@tanstack[\\/]query-core)[\\/]/,
  },
  // The rules shared with the server (zod schemas, validators), used by every area but the landing page.
  { name: 'shared-rules', test: /packages[\\/]shared[\\/]src|node_modules[\\/]zod[\\/]/ },
];

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': API,
      '^/dev(/|$)': API,
      '/docs': API,
      '/openapi.json': API,
      '/healthz': API,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
});
